package fr.accdatahub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.accdatahub.failure.InvalidRequest;
import org.junit.jupiter.api.Test;

class FormBodyTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void valuesAreDecodedAndEmptyOnesAreOmitted() {
        FormBody form = FormBody.parse(FORM, "grant_type=client_credentials&client_id=a%2Bb+c%C3%A9&scope=&&flag");
        assertEquals("client_credentials", form.get("grant_type"));
        assertEquals("a+b cé", form.get("client_id"));
        assertNull(form.get("scope"));
        assertNull(form.get("flag"));
        assertNull(form.get("client_secret"));
        assertNull(FormBody.parse(FORM + "; charset=UTF-8", "").get("grant_type"));
        assertEquals("x", FormBody.parse(FORM, "scope=&scope=x").get("scope"), "an empty value is no value");
        assertEquals("😀", FormBody.parse(FORM, "token=😀").get("token"));
    }

    @Test
    void aParameterReadTwiceIsA400AndUnknownOnesAreIgnored() {
        FormBody form = FormBody.parse(FORM, "scope=a&scope=b&other=1&other=2");
        assertThrows(InvalidRequest.class, () -> form.get("scope"));
        assertNull(form.get("grant_type"));
    }

    @Test
    void aBadEncodingIsA400() {
        for (String body : new String[] {"grant_type=%ZZ", "token=%", "token=%4", "token=%FF", "token=%C3%28"}) {
            assertThrows(InvalidRequest.class, () -> FormBody.parse(FORM, body), body);
        }
    }

    @Test
    void anotherMediaTypeIsA415AndALongFormA413() {
        assertEquals("x", FormBody.parse(FORM + "; charset=ISO-8859-1", "token=x").get("token"));
        for (String type : new String[] {null, "application/json", "text/plain", "garbage;;"}) {
            assertEquals(415, assertThrows(HttpError.class, () -> FormBody.parse(type, "token=x")).status(), type);
        }
        assertEquals(413, assertThrows(HttpError.class,
                () -> FormBody.parse(FORM, "token=" + "x".repeat(9_000))).status());
    }
}
