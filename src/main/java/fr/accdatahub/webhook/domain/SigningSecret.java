package fr.accdatahub.webhook.domain;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * An endpoint's signing secret, written as Standard Webhooks does ({@code whsec_} and the base64 of 32 random bytes),
 * and the signature of a delivery with it ({@code v1,} and the base64 HMAC-SHA256 of {@code id.timestamp.body}),
 * computed by the Standard Webhooks reference library.
 */
public record SigningSecret(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    public static SigningSecret generate() {
        byte[] key = new byte[BYTES];
        RANDOM.nextBytes(key);
        return new SigningSecret("whsec_" + Base64.getEncoder().encodeToString(key));
    }

    /** The {@code webhook-signature} header of a message. */
    public String sign(String messageId, long timestampSeconds, String body) {
        try {
            return new Webhook(value).sign(messageId, timestampSeconds, body);
        } catch (WebhookSigningException e) {
            throw new IllegalStateException("an HMAC-SHA256 key of 32 bytes always signs", e);
        }
    }

    @Override
    public String toString() {
        return "SigningSecret[hidden]";
    }
}
