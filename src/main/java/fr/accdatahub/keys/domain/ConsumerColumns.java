package fr.accdatahub.keys.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The consumers a step's coefficients are given for, in ascending PRM order: the columns of a stored key. Steps with
 * the same consumers share one set, so a month of keys stores each list of PRMs once.
 */
public final class ConsumerColumns {

    private final String[] usagePointIds;
    private final Map<String, Integer> positions;

    private ConsumerColumns(String[] usagePointIds) {
        this.usagePointIds = usagePointIds;
        this.positions = new HashMap<>(usagePointIds.length * 2);
        for (int i = 0; i < usagePointIds.length; i++) {
            positions.put(usagePointIds[i], i);
        }
    }

    public static ConsumerColumns of(Collection<String> usagePointIds) {
        String[] sorted = usagePointIds.stream().distinct().sorted().toArray(String[]::new);
        return new ConsumerColumns(sorted);
    }

    public static ConsumerColumns of(String[] usagePointIds) {
        return new ConsumerColumns(usagePointIds.clone());
    }

    /** The column of {@code usagePointId}, or -1 when it is not one of these consumers. */
    public int positionOf(String usagePointId) {
        Integer position = positions.get(usagePointId);
        return position == null ? -1 : position;
    }

    public int size() {
        return usagePointIds.length;
    }

    public String usagePointId(int position) {
        return usagePointIds[position];
    }

    public String[] usagePointIds() {
        return usagePointIds.clone();
    }

    /** A stable name for this list of PRMs, its key in storage. */
    public String digest() {
        return Sha256.hex(sha -> {
            for (String id : usagePointIds) {
                sha.update(id.getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ';');
            }
        });
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsumerColumns columns && Arrays.equals(usagePointIds, columns.usagePointIds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(usagePointIds);
    }
}
