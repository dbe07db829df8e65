package fr.accdatahub.auth.api;

import java.time.OffsetDateTime;

/** A client's new secret, shown in this answer only, and until when its previous one still works. */
public record RotatedSecret(String clientId, String clientSecret, OffsetDateTime previousValidUntil) {
}
