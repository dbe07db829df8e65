package fr.accdatahub.auth.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.identity.MandateScope;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MandateTest {

    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    private static final LocalDate JUL = LocalDate.of(2025, 7, 1);

    @Test
    void aMandateHoldsOnTheDaysFromItsFromToTheDayBeforeItsTo() {
        Mandate half = new Mandate("ACC00000001", JAN, JUL, Set.of(MandateScope.READ));
        assertFalse(half.validOn(JAN.minusDays(1)));
        assertTrue(half.validOn(JAN));
        assertTrue(half.validOn(JUL.minusDays(1)));
        assertFalse(half.validOn(JUL));
        assertFalse(half.submits());
        Mandate open = new Mandate("ACC00000001", null, null, null);
        assertTrue(open.validOn(LocalDate.of(1990, 1, 1)) && open.validOn(LocalDate.of(2100, 1, 1)));
        assertEquals(Mandate.BOTH, open.scopes());
        assertEquals(Mandate.BOTH, new Mandate("ACC00000001", null, null, Set.of()).scopes());
    }

    @Test
    void scopesAndDatesAreChecked() {
        assertThrows(InvalidRequest.class, () -> new Mandate("ACC00000001", JUL, JAN, null));
        assertThrows(InvalidRequest.class, () -> new Mandate("ACC00000001", JAN, JAN, null));
        assertThrows(InvalidRequest.class, () -> new Mandate("ACC00000001", null, null, Set.of(MandateScope.SUBMIT)));
        assertThrows(InvalidRequest.class, () -> MandateScope.of("write"));
        assertEquals(Mandate.BOTH, Mandate.scopesOf("read submit"));
    }

    @Test
    void aCallerHoldsTheMandatesValidThatDay() {
        ClientProfile profile = new ClientProfile(ClientRole.MANDATAIRE, null, List.of(
                new Mandate("ACC00000001", JAN, JUL, Mandate.BOTH),
                new Mandate("ACC00000002", null, null, Set.of(MandateScope.READ)),
                new Mandate("ACC00000003", JUL, null, Mandate.BOTH)), null, null);
        Caller march = profile.caller("m", LocalDate.of(2025, 3, 1));
        assertEquals(Set.of("ACC00000001", "ACC00000002"), march.mandates());
        assertEquals(Set.of("ACC00000001"), march.submitting());
        assertTrue(march.readsOnly("ACC00000002"));
        assertFalse(march.readsOnly("ACC00000001"));
        assertFalse(march.readsOnly("ACC00000003"), "not read at all: a 404, not a 403");
        assertTrue(march.submitsAnything());
        Caller august = profile.caller("m", LocalDate.of(2025, 8, 1));
        assertEquals(Set.of("ACC00000002", "ACC00000003"), august.mandates());
        Caller readOnly = new ClientProfile(ClientRole.MANDATAIRE, null, List.of(
                new Mandate("ACC00000002", null, null, Set.of(MandateScope.READ))), null, null).caller("r", JAN);
        assertFalse(readOnly.submitsAnything());
        assertTrue(new Caller("p", ClientRole.PMO, 1L, Set.of()).submitsAnything());
    }
}
