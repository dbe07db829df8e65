package fr.accdatahub.publication.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.accdatahub.failure.InvalidRequest;
import java.util.Arrays;
import java.util.List;

/** A published quantity, with its label in the annex 6 file names. */
public enum Quantity {
    CONS("cons", "Conso"),
    AUTOCONS("autocons", "Autoconso"),
    COMPLEMENT("complement", "Complement"),
    PROD("prod", "Prod"),
    AUTOPROD("autoprod", "Autoprod"),
    SURPLUS("surplus", "Surplus");

    /** A consumer's quantities: its consumption, autoconsumed, and supplied by its supplier. */
    public static final List<Quantity> CONSUMER_TYPES = List.of(CONS, AUTOCONS, COMPLEMENT);
    /** A producer's quantities: its production, autoconsumed, and its surplus. */
    public static final List<Quantity> PRODUCER_TYPES = List.of(PROD, AUTOPROD, SURPLUS);
    /** The definitive load curves served (the agreement's autoprod total is its autocons total). */
    public static final List<Quantity> CURVE_TYPES = List.of(CONS, PROD, AUTOCONS, SURPLUS, COMPLEMENT, AUTOPROD);

    private final String code;
    private final String label;

    Quantity(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The file name's "type de donnée calculée". */
    public String label() {
        return label;
    }

    public boolean ofConsumers() {
        return this == CONS || this == AUTOCONS || this == COMPLEMENT;
    }

    @JsonCreator
    public static Quantity of(String code) {
        for (Quantity quantity : values()) {
            if (quantity.code.equals(code)) {
                return quantity;
            }
        }
        throw new InvalidRequest("type must be among cons, autocons, complement, prod, autoprod, surplus, not '"
                + code + "'");
    }

    /** A {@code type} parameter: comma-separated quantities among {@code allowed}; all of them when absent. */
    public static List<Quantity> parse(String types, List<Quantity> allowed) {
        if (types == null || types.isBlank()) {
            return allowed;
        }
        List<Quantity> parsed = Arrays.stream(types.split(","))
                .map(String::trim).map(Quantity::of).distinct().toList();
        for (Quantity quantity : parsed) {
            if (!allowed.contains(quantity)) {
                throw new InvalidRequest("type " + quantity.code + " is not one of "
                        + allowed.stream().map(Quantity::code).toList() + " here");
            }
        }
        return parsed;
    }
}
