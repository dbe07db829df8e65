package fr.accdatahub.webhook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.accdatahub.failure.InvalidRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointUrlTest {

    @Test
    void anHttpsUrlGivesItsHostPortAndTarget() {
        EndpointUrl url = EndpointUrl.parse("https://hooks.example.org/acc/events?token=a%20b", false);
        assertEquals("hooks.example.org", url.host());
        assertEquals(443, url.port());
        assertEquals("/acc/events?token=a%20b", url.target());
        EndpointUrl v6 = EndpointUrl.parse("http://[::1]:8443", true);
        assertEquals("::1", v6.host());
        assertEquals(8443, v6.port());
        assertEquals("/", v6.target());
    }

    @Test
    void httpOnlyInTheSandbox() {
        assertEquals(80, EndpointUrl.parse("http://hooks.example.org/in", true).port());
        InvalidRequest refused = assertThrows(InvalidRequest.class,
                () -> EndpointUrl.parse("http://hooks.example.org/in", false));
        assertEquals("url must be an https URL", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "hooks.example.org/in", "/in", "ftp://hooks.example.org/", "file:///etc/passwd",
        "https://user:pw@hooks.example.org/", "https://hooks.example.org/#part", "https:///nohost", "https://exa mple"})
    void otherUrlsAreRefused(String url) {
        assertThrows(InvalidRequest.class, () -> EndpointUrl.parse(url, true));
    }

    @Test
    void aUrlLongerThan2048CharactersIsRefused() {
        assertThrows(InvalidRequest.class,
                () -> EndpointUrl.parse("https://hooks.example.org/" + "a".repeat(2048), false));
    }
}
