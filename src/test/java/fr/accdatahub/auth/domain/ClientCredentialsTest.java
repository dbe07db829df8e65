package fr.accdatahub.auth.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.failure.Unauthenticated;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ClientCredentialsTest {

    @Test
    void basicCredentialsAreFormDecoded() {
        String header = "Basic " + Base64.getEncoder().encodeToString("my%3Aclient:p%40ss:word".getBytes(StandardCharsets.UTF_8));
        ClientCredentials credentials = ClientCredentials.from(header, null, null);
        assertEquals("my:client", credentials.clientId());
        assertEquals("p@ss:word", credentials.secret());
    }

    @Test
    void formCredentialsNeedBothParts() {
        assertThrows(Unauthenticated.class, () -> ClientCredentials.from(null, "id", null));
        assertEquals("id", ClientCredentials.from(null, "id", "secret").clientId());
    }

    @Test
    void aBasicHeaderWithoutAColonIsMalformed() {
        String header = "Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes(StandardCharsets.UTF_8));
        assertThrows(InvalidRequest.class, () -> ClientCredentials.from(header, null, null));
    }
}
