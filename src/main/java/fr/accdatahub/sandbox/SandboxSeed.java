package fr.accdatahub.sandbox;

import fr.accdatahub.agreement.AgreementAdministration;
import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.agreement.PerimeterAdministration;
import fr.accdatahub.agreement.api.AgreementRequest;
import fr.accdatahub.agreement.api.AttachmentRequest;
import fr.accdatahub.agreement.domain.GeographicCategory;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.auth.ClientAdministration;
import fr.accdatahub.auth.api.ClientRequest;
import fr.accdatahub.clock.SandboxSettings;
import fr.accdatahub.clock.ServiceClock;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.rawcurve.RawCurveService;
import fr.accdatahub.rawcurve.domain.CurveDay;
import fr.accdatahub.rawcurve.domain.CurveType;
import fr.accdatahub.request.domain.PmoRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The sandbox's demo data, made on first start through the same services the operator endpoints use:
 * <ul>
 *   <li>{@code ACC00000001}: DYNAMIC_FULL from 2024-11-01, the perimeter of the annex 7 worked example
 *       (3 producers, 3 consumers);</li>
 *   <li>{@code ACC00000002}: DYNAMIC_SIMPLE from 2024-09-01, 2 producers and 20 consumers, one joining on
 *       2024-11-15 and one leaving on 2024-11-20;</li>
 *   <li>the pmo client {@code demo-pmo} mandated for both, and the operator client {@code demo-operator};</li>
 *   <li>every participant's meter curve from its attachment until yesterday ({@link DemoCurves}), so that the
 *       calculation schedule publishes results for every period since the agreements' start.</li>
 * </ul>
 * Runs only when {@code acc.sandbox.seed} is on, which the bootstrap sets only for the embedded database.
 */
@ApplicationScoped
public class SandboxSeed {

    public static final String DEMO_PMO_SIRET = "12345678900014";
    /** The demo clients the seed makes, offered by the dashboard's sign-in page in the sandbox. */
    public static final DemoClient DEMO_PMO = new DemoClient("demo-pmo", "demo-pmo-secret");
    public static final DemoClient DEMO_OPERATOR = new DemoClient("demo-operator", "demo-operator-secret");
    static final String ANNEX7_AGREEMENT = "ACC00000001";
    static final String SIMPLE_AGREEMENT = "ACC00000002";

    private static final Logger LOG = Logger.getLogger(SandboxSeed.class);

    private final AgreementService existing;
    private final AgreementAdministration agreements;
    private final PerimeterAdministration perimeters;
    private final ClientAdministration clients;
    private final RawCurveService rawCurves;
    private final ServiceClock clock;
    private final Vertx vertx;
    private final boolean enabled;
    private final List<DemoParticipant> participants = new ArrayList<>();

    public SandboxSeed(AgreementService existing, AgreementAdministration agreements,
            PerimeterAdministration perimeters, ClientAdministration clients, RawCurveService rawCurves,
            ServiceClock clock, Vertx vertx, SandboxSettings settings) {
        this.existing = existing;
        this.agreements = agreements;
        this.perimeters = perimeters;
        this.clients = clients;
        this.rawCurves = rawCurves;
        this.clock = clock;
        this.vertx = vertx;
        this.enabled = settings.seed();
    }

    /** A seeded attachment, whose meter curve the seed makes up. */
    private record DemoParticipant(String usagePointId, CurveType type, LocalDate start, LocalDate end,
            DemoCurves.Profile profile) {
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (enabled) {
            VertxContextSupport.subscribeAndAwait(this::seedOnce);
        }
    }

    Uni<Void> seedOnce() {
        return existing.exists(ANNEX7_AGREEMENT).chain(seeded -> {
            if (seeded) {
                return Uni.createFrom().voidItem();
            }
            LOG.info("Seeding the sandbox demo agreements ACC00000001 and ACC00000002");
            return Panache.withTransaction(
                            () -> annex7Agreement().chain(this::simpleAgreement).chain(this::demoClients))
                    .chain(this::demoCurves);
        });
    }

    private Uni<Void> annex7Agreement() {
        List<Supplier<Uni<?>>> steps = new ArrayList<>();
        steps.add(() -> agreements.create(agreement(ANNEX7_AGREEMENT, "Annexe 7 - exemple de répartition",
                KeyType.DYNAMIC_FULL, LocalDate.of(2024, 11, 1))));
        LocalDate start = LocalDate.of(2024, 11, 1);
        for (int i = 1; i <= 3; i++) {
            String producer = "2020202020200" + i;
            String consumer = "1010101010102" + (2 + i);
            String number = String.valueOf(i);
            steps.add(() -> attach(ANNEX7_AGREEMENT, producer, Role.PROD, "Producteur P" + number, start, null));
            steps.add(() -> attach(ANNEX7_AGREEMENT, consumer, Role.CONS, "Consommateur C" + number, start, null));
            participants.add(new DemoParticipant(producer, CurveType.PROD, start, null,
                    new DemoCurves.Profile(true, 40.0 / i)));
            participants.add(new DemoParticipant(consumer, CurveType.CONS, start, null,
                    new DemoCurves.Profile(false, 20.0 / i)));
        }
        return sequence(steps);
    }

    private Uni<Void> simpleAgreement() {
        LocalDate start = LocalDate.of(2024, 9, 1);
        List<Supplier<Uni<?>>> steps = new ArrayList<>();
        steps.add(() -> agreements.create(agreement(SIMPLE_AGREEMENT, "Quartier solaire des Tilleuls",
                KeyType.DYNAMIC_SIMPLE, start)));
        steps.add(() -> attach(SIMPLE_AGREEMENT, "30000000000201", Role.PROD, "Toiture école", start, null));
        steps.add(() -> attach(SIMPLE_AGREEMENT, "30000000000202", Role.PROD, "Ombrière parking", start, null));
        participants.add(new DemoParticipant("30000000000201", CurveType.PROD, start, null,
                new DemoCurves.Profile(true, 6)));
        participants.add(new DemoParticipant("30000000000202", CurveType.PROD, start, null,
                new DemoCurves.Profile(true, 4)));
        for (int i = 1; i <= 20; i++) {
            String prm = "300000000001%02d".formatted(i);
            String name = "Foyer " + i;
            LocalDate from = i == 19 ? LocalDate.of(2024, 11, 15) : start;
            LocalDate until = i == 20 ? LocalDate.of(2024, 11, 20) : null;
            steps.add(() -> attach(SIMPLE_AGREEMENT, prm, Role.CONS, name, from, until));
            participants.add(new DemoParticipant(prm, CurveType.CONS, from, until, new DemoCurves.Profile(false, 1)));
        }
        return sequence(steps);
    }

    private Uni<Void> demoClients() {
        return clients.createWithSecret(new ClientRequest(DEMO_PMO.clientId(), ClientRole.PMO, DEMO_PMO_SIRET,
                        List.of(ANNEX7_AGREEMENT, SIMPLE_AGREEMENT)), DEMO_PMO.clientSecret())
                .chain(() -> clients.createWithSecret(new ClientRequest(DEMO_OPERATOR.clientId(), ClientRole.OPERATOR,
                        null, null), DEMO_OPERATOR.clientSecret()))
                .replaceWithVoid();
    }

    /** Every demo participant's meter curve, from its attachment until yesterday (made up off the event loop). */
    private Uni<Void> demoCurves() {
        return clock.today()
                .chain(today -> vertx.executeBlocking(Uni.createFrom().item(() -> demoDays(today))))
                .chain(days -> {
                    LOG.infof("Seeding %d days of demo meter curves", days.size());
                    return rawCurves.save(days);
                });
    }

    private List<CurveDay> demoDays(LocalDate today) {
        DemoCurves curves = new DemoCurves();
        List<CurveDay> days = new ArrayList<>();
        for (DemoParticipant participant : participants) {
            LocalDate end = participant.end() == null || participant.end().isAfter(today) ? today : participant.end();
            for (LocalDate day = participant.start(); day.isBefore(end); day = day.plusDays(1)) {
                days.add(new CurveDay(participant.usagePointId(), participant.type(), day,
                        curves.day(participant.usagePointId(), participant.profile(), day)));
            }
        }
        return days;
    }

    private static AgreementRequest agreement(String id, String name, KeyType keyType, LocalDate start) {
        return new AgreementRequest(id, name, null, keyType, start, start.getDayOfMonth(),
                "2 km", GeographicCategory.EXTENDED_STANDARD, "69123", false,
                new AgreementRequest.PmoRequest("PMO Démo Énergie Partagée", DEMO_PMO_SIRET));
    }

    private Uni<?> attach(String agreementId, String prm, Role role, String name, LocalDate start, LocalDate end) {
        return perimeters.attach(agreementId, prm, role, new AttachmentRequest(start, end, name, null, null));
    }

    /** Runs the steps one after the other, in the seed's one transaction. */
    private static Uni<Void> sequence(List<Supplier<Uni<?>>> steps) {
        Uni<?> chain = Uni.createFrom().voidItem();
        for (Supplier<Uni<?>> step : steps) {
            chain = chain.chain(() -> step.get());
        }
        return chain.replaceWithVoid();
    }

    /** A client the seed makes, with its secret (public: the README gives it too). */
    public record DemoClient(String clientId, String clientSecret) {
    }
}
