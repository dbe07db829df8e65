package fr.accdatahub.storage;

/**
 * PostgreSQL array literals, the form in which the stores send arrays to {@code unnest(…)} ({@code {1.5,NULL}},
 * {@code {t,f}}, {@code {1,NULL}}); key coefficients travel packed instead ({@link PackedShorts}).
 */
public final class PgArrays {

    private PgArrays() {
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

    /** {@code {1,2}} */
    public static String of(long[] values) {
        return join(values.length, (literal, k) -> literal.append(values[k]));
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
