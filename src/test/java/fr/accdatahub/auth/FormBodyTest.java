package fr.accdatahub.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.accdatahub.error.ApiException;
import org.junit.jupiter.api.Test;

class FormBodyTest {

    @Test
    void valuesAreDecodedAndEmptyOnesAreAbsent() {
        FormBody form = FormBody.parse("grant_type=client_credentials&client_id=a%2Bb+c&scope=&&flag");
        assertEquals("client_credentials", form.get("grant_type"));
        assertEquals("a+b c", form.get("client_id"));
        assertNull(form.get("scope"));
        assertNull(form.get("flag"));
        assertNull(form.get("client_secret"));
        assertNull(FormBody.parse("").get("grant_type"));
    }

    @Test
    void aRepeatedParameterOrABadEncodingIsA400() {
        assertEquals(400, assertThrows(ApiException.class, () -> FormBody.parse("scope=a&scope=b")).status());
        assertEquals(400, assertThrows(ApiException.class, () -> FormBody.parse("grant_type=%ZZ")).status());
        assertEquals(400, assertThrows(ApiException.class, () -> FormBody.parse("token=%")).status());
    }
}
