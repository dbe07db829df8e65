package fr.accdatahub.keys.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An accepted key read back from storage: its step, its producer ({@code ""} for SIMPLE keys, which apply to every
 * producer), its consumers and their coefficients in hundredths of a percent, and the submission it came from.
 */
public record StoredKey(Instant step, String producerId, String[] consumers, short[] coefficients,
        UUID submissionId) {
}
