package fr.accdatahub.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.accdatahub.error.ApiException;
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
        assertEquals(401, assertThrows(ApiException.class, () -> ClientCredentials.from(null, "id", null)).status());
        assertEquals("id", ClientCredentials.from(null, "id", "secret").clientId());
    }

    @Test
    void aBasicHeaderWithoutAColonIsMalformed() {
        String header = "Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, assertThrows(ApiException.class, () -> ClientCredentials.from(header, null, null)).status());
    }
}
