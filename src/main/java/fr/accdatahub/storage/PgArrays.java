package fr.accdatahub.storage;

/**
 * PostgreSQL array literals, the form in which the stores send arrays to {@code unnest(…)} and read small integer
 * arrays back without boxing: {@code {5081,3986}}, {@code {1.5,NULL}}, {@code {t,f}}. The one codec of every store.
 */
public final class PgArrays {

    private PgArrays() {
    }

    /** {@code {1,2,3}} */
    public static String of(short[] values) {
        return join(values.length, (literal, k) -> literal.append(values[k]));
    }

    /** {@code {1.5,NULL}}: NaN is NULL. */
    public static String of(double[] values) {
        return join(values.length, (literal, k) -> {
            if (Double.isNaN(values[k])) {
                literal.append("NULL");
            } else {
                literal.append(values[k]);
            }
        });
    }

    /** {@code {t,f}} */
    public static String of(boolean[] values) {
        return join(values.length, (literal, k) -> literal.append(values[k] ? 't' : 'f'));
    }

    /** {@code {1,NULL}}: null is NULL. */
    public static String of(Integer[] values) {
        return join(values.length, (literal, k) -> {
            if (values[k] == null) {
                literal.append("NULL");
            } else {
                literal.append(values[k].intValue());
            }
        });
    }

    /** A literal of non-negative small integers, {@code {5081,3986}}, as a {@code short[]}. */
    public static short[] shorts(String literal) {
        int count = literal.length() > 2 ? 1 : 0;
        for (int c = 0; c < literal.length(); c++) {
            if (literal.charAt(c) == ',') {
                count++;
            }
        }
        short[] values = new short[count];
        int value = 0;
        int index = 0;
        for (int c = 1; c < literal.length(); c++) {
            char ch = literal.charAt(c);
            if (ch == ',' || ch == '}') {
                if (index < count) {
                    values[index++] = (short) value;
                }
                value = 0;
            } else {
                value = value * 10 + (ch - '0');
            }
        }
        return values;
    }

    /** Appends the element at a position to the literal. */
    private interface Element {
        void append(StringBuilder literal, int position);
    }

    private static String join(int length, Element element) {
        StringBuilder literal = new StringBuilder(length * 6 + 2).append('{');
        for (int k = 0; k < length; k++) {
            if (k > 0) {
                literal.append(',');
            }
            element.append(literal, k);
        }
        return literal.append('}').toString();
    }
}
