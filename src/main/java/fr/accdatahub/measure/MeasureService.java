package fr.accdatahub.measure;

import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.agreement.Role;
import fr.accdatahub.auth.Caller;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.calendar.ServiceClock;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.calendar.TimeClass;
import fr.accdatahub.error.ApiException;
import fr.accdatahub.measure.EnergyView.Block;
import fr.accdatahub.measure.EnergyView.Detail;
import fr.accdatahub.measure.EnergyView.Named;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The PMO's definitive data (§5.2.2.1): curves, energies per class with their detail, indicators. Ranges are at most
 * 31 days, on the step grid, within computed periods; a PRM must be in the perimeter during the range.
 */
@ApplicationScoped
public class MeasureService {

    public static final int MAX_DAYS = 31;
    public static final List<Quantity> CONSUMER_TYPES = List.of(Quantity.CONS, Quantity.AUTOCONS, Quantity.COMPLEMENT);
    public static final List<Quantity> PRODUCER_TYPES = List.of(Quantity.PROD, Quantity.AUTOPROD, Quantity.SURPLUS);
    public static final List<Quantity> CURVE_TYPES = List.of(Quantity.CONS, Quantity.PROD, Quantity.AUTOCONS,
            Quantity.SURPLUS, Quantity.COMPLEMENT);

    private final AgreementService agreements;
    private final ResultReader reader;
    private final Pool pool;

    public MeasureService(AgreementService agreements, ResultReader reader, Pool pool) {
        this.agreements = agreements;
        this.reader = reader;
        this.pool = pool;
    }

    /** The published data of a range, for a caller who may see the agreement. */
    public Uni<PublishedRange> published(Caller caller, String agreementId, String start, String end) {
        InstantRange range = InstantRange.parse(start, end, MAX_DAYS);
        if (!StepGrid.isAligned(range.start()) || !StepGrid.isAligned(range.end())) {
            throw ApiException.badRequest("start and end must be on the step grid");
        }
        return agreements.withPerimeter(caller, agreementId)
                .chain(snapshot -> reader.read(agreementId, snapshot.participants(), range));
    }

    /** A 404 unless {@code usagePointId} is the agreement or one of its participants during the range. */
    public static void requireParticipant(PublishedRange data, String usagePointId, Role role) {
        boolean known = role == Role.CONS ? data.consumers.contains(usagePointId)
                : role == Role.PROD ? data.producers.contains(usagePointId)
                : usagePointId.equals(data.agreementId) || data.consumers.contains(usagePointId)
                        || data.producers.contains(usagePointId);
        if (!known) {
            throw ApiException.notFound("PRM " + usagePointId + " is not " + (role == null ? "in"
                    : "a " + (role == Role.CONS ? "consumer" : "producer") + " of") + " the perimeter of "
                    + data.agreementId + " during this range");
        }
    }

    /** A participant's energies per class; the detail when the range is made of whole calculation periods. */
    public Uni<EnergyView> energies(Caller caller, String agreementId, String usagePointId, Role role, String types,
            String start, String end) {
        List<Quantity> quantities = Quantity.parse(types, role == Role.CONS ? CONSUMER_TYPES : PRODUCER_TYPES);
        return published(caller, agreementId, start, end).chain(data -> {
            requireParticipant(data, usagePointId, role);
            Map<Quantity, BigDecimal[]> classes = classes(data, usagePointId, role);
            List<Block> blocks = new ArrayList<>();
            quantities.forEach(quantity -> blocks.addAll(blocks(quantity, classes.get(quantity))));
            return details(data, usagePointId, role).map(details -> new EnergyView(
                    role == Role.CONS ? usagePointId : null, role == Role.PROD ? usagePointId : null,
                    local(data, true), local(data, false), "kWh", blocks,
                    role == Role.CONS ? details : null, role == Role.PROD ? details : null));
        });
    }

    /** The agreement's totals and rates, and every participant's. */
    public Uni<IndicatorsView> indicators(Caller caller, String agreementId, String start, String end) {
        return published(caller, agreementId, start, end).map(data -> {
            List<IndicatorsView.Participant> participants = new ArrayList<>();
            BigDecimal cons = BigDecimal.ZERO.setScale(2);
            BigDecimal autocons = cons;
            BigDecimal prod = cons;
            for (String id : data.consumers) {
                Map<Quantity, BigDecimal[]> classes = classes(data, id, Role.CONS);
                BigDecimal c = Energies.total(classes.get(Quantity.CONS));
                BigDecimal a = Energies.total(classes.get(Quantity.AUTOCONS));
                participants.add(new IndicatorsView.Participant(id, Role.CONS.code(), c, a, c.subtract(a), null, null,
                        null, rate(a, c)));
                cons = cons.add(c);
                autocons = autocons.add(a);
            }
            for (String id : data.producers) {
                Map<Quantity, BigDecimal[]> classes = classes(data, id, Role.PROD);
                BigDecimal p = Energies.total(classes.get(Quantity.PROD));
                BigDecimal a = Energies.total(classes.get(Quantity.AUTOPROD));
                participants.add(new IndicatorsView.Participant(id, Role.PROD.code(), null, null, null, p, a,
                        p.subtract(a), rate(a, p)));
                prod = prod.add(p);
            }
            return new IndicatorsView(agreementId, local(data, true), local(data, false), "kWh", cons, prod,
                    autocons, cons.subtract(autocons), prod.subtract(autocons), rate(autocons, prod),
                    rate(autocons, cons), participants);
        });
    }

    /** A participant's quantities per distributor class, the dependent one derived. */
    static Map<Quantity, BigDecimal[]> classes(PublishedRange data, String usagePointId, Role role) {
        int[] minutes = new int[data.steps.length];
        for (int s = 0; s < minutes.length; s++) {
            minutes[s] = data.minutes(s);
        }
        TimeClass.OffPeak offPeak = data.offPeak.get(usagePointId);
        Quantity whole = role == Role.CONS ? Quantity.CONS : Quantity.PROD;
        Quantity part = role == Role.CONS ? Quantity.AUTOCONS : Quantity.AUTOPROD;
        Quantity rest = role == Role.CONS ? Quantity.COMPLEMENT : Quantity.SURPLUS;
        BigDecimal[] wholeClasses = Energies.byClass(Series.of(data, whole, usagePointId), data.steps, minutes, offPeak);
        BigDecimal[] partClasses = Energies.byClass(Series.of(data, part, usagePointId), data.steps, minutes, offPeak);
        Map<Quantity, BigDecimal[]> classes = new TreeMap<>();
        classes.put(whole, wholeClasses);
        classes.put(part, partClasses);
        classes.put(rest, Energies.minus(wholeClasses, partClasses));
        return classes;
    }

    static List<Block> blocks(Quantity quantity, BigDecimal[] classes) {
        List<Named> distributor = new ArrayList<>();
        for (TimeClass timeClass : TimeClass.values()) {
            distributor.add(new Named(timeClass.name(), classes[timeClass.ordinal()]));
        }
        BigDecimal[] supplier = Energies.supplier(classes);
        return List.of(
                new Block(quantity, "DISTRIB", Energies.total(classes), distributor),
                new Block(quantity, "FOURNISSEUR", Energies.total(supplier),
                        List.of(new Named("HP", supplier[0]), new Named("HC", supplier[1]))));
    }

    /**
     * What each producer gave the consumer (or the producer gave each consumer), from the current calculations,
     * when the range is made of whole periods; null otherwise (pair details are kept per period).
     */
    Uni<List<Detail>> details(PublishedRange data, String usagePointId, Role role) {
        LocalDate first = StepGrid.dayOf(data.range.start());
        LocalDate end = StepGrid.dayOf(data.range.end().minusNanos(1)).plusDays(1);
        if (!StepGrid.startOf(first).equals(data.range.start()) || !StepGrid.startOf(end).equals(data.range.end())) {
            return Uni.createFrom().nullItem();
        }
        String column = role == Role.CONS ? "consumer_id" : "producer_id";
        String other = role == Role.CONS ? "producer_id" : "consumer_id";
        return pool.preparedQuery("SELECT c.period_start, c.period_end, p." + other + ", p.time_class, p.energy_wh "
                        + "FROM calculation c LEFT JOIN result_pair p ON p.calculation_id = c.id AND p." + column
                        + " = $4 WHERE c.agreement_id = $1 AND c.current AND c.period_start < $3 AND c.period_end > $2")
                .execute(Tuple.of(data.agreementId, first, end, usagePointId))
                .map(rows -> {
                    Map<String, double[]> wh = new TreeMap<>();
                    for (Row row : rows) {
                        if (row.getLocalDate(0).isBefore(first) || row.getLocalDate(1).isAfter(end)) {
                            return null;
                        }
                        if (row.getString(2) != null) {
                            wh.computeIfAbsent(row.getString(2), k -> new double[TimeClass.values().length])
                                    [TimeClass.valueOf(row.getString(3)).ordinal()] += row.getDouble(4);
                        }
                    }
                    List<Detail> details = new ArrayList<>();
                    wh.forEach((id, values) -> {
                        BigDecimal[] classes = new BigDecimal[values.length];
                        for (int c = 0; c < values.length; c++) {
                            classes[c] = Energies.fromWh(values[c]);
                        }
                        details.add(new Detail(id, blocks(role == Role.CONS ? Quantity.AUTOCONS : Quantity.AUTOPROD,
                                classes)));
                    });
                    return details;
                });
    }

    /** The monthly package of a computed period, written as a zip. */
    public Uni<StreamingOutput> monthlyPackage(Caller caller, String agreementId,
            LocalDate periodStart) {
        return agreements.withPerimeter(caller, agreementId).chain(snapshot -> {
            fr.accdatahub.calendar.CalculationPeriod period = CalculationService.period(snapshot.agreement(),
                    periodStart);
            InstantRange range = new InstantRange(StepGrid.startOf(period.start()), StepGrid.startOf(period.end()));
            return reader.read(agreementId, snapshot.participants(), range).chain(data -> Multi
                    .createFrom().iterable(data.producers)
                    .onItem().transformToUniAndConcatenate(producer -> details(data, producer, Role.PROD)
                            .map(details -> Map.entry(producer, details)))
                    .collect().asMap(Map.Entry::getKey, Map.Entry::getValue)
                    .chain(details -> agreements.perimeter(caller, agreementId, Optional.empty())
                            .map(perimeter -> out -> MonthlyPackage.write(data, details,
                                    fr.accdatahub.agreement.PerimeterCsv.write(perimeter.participants()), out))));
        });
    }

    private static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    private static OffsetDateTime local(PublishedRange data, boolean start) {
        return (start ? data.range.start() : data.range.end()).atZone(ServiceClock.PARIS).toOffsetDateTime();
    }
}
