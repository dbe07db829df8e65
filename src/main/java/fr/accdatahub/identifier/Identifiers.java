package fr.accdatahub.identifier;

import fr.accdatahub.failure.InvalidRequest;
import java.util.regex.Pattern;

/**
 * The forms of the identifiers of agreements, PRMs and PMOs, in one place for validation annotations, parameter
 * converters and file parsers alike. A ground floor: it imports only the failures.
 */
public final class Identifiers {

    /** An agreement: {@code ACC} and 8 digits; unanchored, to compose file name patterns. */
    public static final String AGREEMENT_ID_FORM = "ACC\\d{8}";
    /** A PRM (point de référence mesure): 14 digits, kept as text because it may start with 0; unanchored. */
    public static final String USAGE_POINT_ID_FORM = "\\d{14}";
    public static final String AGREEMENT_ID = "^" + AGREEMENT_ID_FORM + "$";
    public static final String USAGE_POINT_ID = "^" + USAGE_POINT_ID_FORM + "$";
    /** A company's SIRET: 14 digits. */
    public static final String SIRET = USAGE_POINT_ID;
    /** An association's RNA number: {@code W} and 9 digits. */
    public static final String RNA = "^W\\d{9}$";
    /** An INSEE commune code: 5 characters, Corsica's starting 2A or 2B. */
    public static final String INSEE_CODE = "^[0-9][0-9AB][0-9]{3}$";
    /** A producer's injection contract (CARD-i / CRAE) reference: 10 digits. */
    public static final String INJECTION_CONTRACT = "^\\d{10}$";

    private static final Pattern AGREEMENT = Pattern.compile(AGREEMENT_ID);
    private static final Pattern USAGE_POINT = Pattern.compile(USAGE_POINT_ID);

    private Identifiers() {
    }

    public static boolean isUsagePointId(String value) {
        return value != null && USAGE_POINT.matcher(value).matches();
    }

    /** {@code value} when it is an agreement id, else a 400 naming {@code name}. */
    public static String agreementId(String name, String value) {
        return matching(name, value, AGREEMENT, "ACC followed by 8 digits");
    }

    /** {@code value} when it is a PRM, else a 400 naming {@code name}. */
    public static String usagePointId(String name, String value) {
        return matching(name, value, USAGE_POINT, "14 digits");
    }

    private static String matching(String name, String value, Pattern pattern, String expected) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new InvalidRequest(name + " must be " + expected + ", not '" + value + "'");
        }
        return value;
    }
}
