package fr.accdatahub.webhook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SigningSecretTest {

    @Test
    void signsAsTheStandardWebhooksExampleDoes() {
        // The specification's example (standardwebhooks.com): secret, id, timestamp, payload and signature.
        SigningSecret secret = new SigningSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                secret.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"));
    }

    @Test
    void aNewSecretIs32RandomBytesWrittenAsStandardWebhooksDoes() {
        SigningSecret one = SigningSecret.generate();
        assertTrue(one.value().startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(one.value().substring(6)).length);
        assertNotEquals(one, SigningSecret.generate());
        assertEquals("SigningSecret[hidden]", one.toString());
    }

    @Test
    void theRetryScheduleRunsOutAfterItsDelays() {
        RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5)));
        assertEquals(Optional.of(Duration.ofSeconds(5)), schedule.after(1));
        assertEquals(Optional.of(Duration.ofMinutes(5)), schedule.after(2));
        assertEquals(Optional.empty(), schedule.after(3));
    }
}
