package fr.accdatahub.auth;

import fr.accdatahub.error.ApiException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} body, read strictly as OAuth2 asks (RFC 6749 §3.2): a parameter sent
 * twice, or a malformed percent-encoding, is a 400 {@code invalid_request}; empty values count as absent.
 */
public final class FormBody {

    private final Map<String, String> values;

    private FormBody(Map<String, String> values) {
        this.values = values;
    }

    public static FormBody parse(String body) {
        Map<String, String> values = new HashMap<>();
        if (body == null || body.isEmpty()) {
            return new FormBody(values);
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (values.containsKey(name)) {
                throw ApiException.badRequest(name + " is given more than once");
            }
            values.put(name, value);
        }
        return new FormBody(values);
    }

    /** The parameter's value, or null when absent or empty. */
    public String get(String name) {
        String value = values.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    private static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The form is not url-encoded: " + e.getMessage());
        }
    }
}
