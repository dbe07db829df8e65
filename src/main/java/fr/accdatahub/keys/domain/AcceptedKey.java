package fr.accdatahub.keys.domain;

import java.time.Instant;

/**
 * An accepted key, as stored: a step, a producer ({@code ""} for SIMPLE keys, which apply to every producer), and
 * the coefficients in hundredths of a percent, in the order of {@code consumers}.
 */
public record AcceptedKey(Instant step, String producerId, ConsumerColumns consumers, short[] coefficients) {

    public static final String EVERY_PRODUCER = "";
}
