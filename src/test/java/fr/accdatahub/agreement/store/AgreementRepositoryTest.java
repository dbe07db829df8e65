package fr.accdatahub.agreement.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgreementRepositoryTest {

    private static final Caller NOBODYS_PMO = new Caller("x", ClientRole.PMO, -1L, Set.of());
    private static final Caller MANDATED = new Caller("x", ClientRole.PMO, -1L, Set.of("ACC00000002"));
    private static final Caller OPERATOR = new Caller("x", ClientRole.OPERATOR, null, Set.of());

    @Inject
    AgreementRepository agreements;

    @Test
    void aPmoClientSeesItsPmosAgreementsAndThoseItIsMandatedFor() throws Throwable {
        assertEquals(List.of(), ids(() -> agreements.visible(NOBODYS_PMO)));
        assertEquals(List.of("ACC00000002"), ids(() -> agreements.visible(MANDATED)));
        List<String> all = ids(() -> agreements.visible(OPERATOR));
        assertTrue(all.containsAll(List.of("ACC00000001", "ACC00000002")));
        assertEquals(all.stream().sorted().toList(), all, "by id");
    }

    @Test
    void anAgreementOutOfReachIsNotFound() throws Throwable {
        assertNull(session(() -> agreements.visible(MANDATED, "ACC00000001")));
        assertEquals("ACC00000002", session(() -> agreements.visible(MANDATED, "ACC00000002")).id);
    }

    private static List<String> ids(Supplier<Uni<List<AgreementEntity>>> query) throws Throwable {
        return session(query).stream().map(agreement -> agreement.id).toList();
    }

    private static <T> T session(Supplier<Uni<T>> query) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(query::get));
    }
}
