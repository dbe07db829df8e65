package fr.accdatahub.publication;

import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.agreement.domain.AgreementSnapshot;
import fr.accdatahub.agreement.domain.PerimeterCsv;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calculation.CalculationResults;
import fr.accdatahub.calculation.domain.CalculationPeriods;
import fr.accdatahub.calculation.domain.PublishedVersion;
import fr.accdatahub.calculation.domain.Results.CurrentRun;
import fr.accdatahub.calculation.domain.ResultsReplaced;
import fr.accdatahub.calendar.CalculationPeriod;
import fr.accdatahub.calendar.InstantRange;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.calendar.StepGrid;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.failure.NotFound;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.publication.domain.AnnexFile;
import fr.accdatahub.publication.domain.Coverage;
import fr.accdatahub.publication.domain.DefaultKeysFile;
import fr.accdatahub.publication.domain.Details;
import fr.accdatahub.publication.domain.EnergyView;
import fr.accdatahub.publication.domain.EnergyView.Block;
import fr.accdatahub.publication.domain.EnergyView.Detail;
import fr.accdatahub.publication.domain.IndicatorsView;
import fr.accdatahub.publication.domain.MonthlyPackage;
import fr.accdatahub.publication.domain.ParticipantEnergies;
import fr.accdatahub.publication.domain.PublishedFiles;
import fr.accdatahub.publication.domain.ParticipantRange;
import fr.accdatahub.publication.domain.PublishedRange;
import fr.accdatahub.publication.domain.RunEnergies;
import fr.accdatahub.publication.domain.Quantity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The PMO's definitive data (§5.2.2.1): curves, energies per class with their detail, indicators, and the annex 6
 * files. Ranges are at most 31 days, on the step grid, within computed periods; a PRM must be in the perimeter during
 * the range.
 */
@ApplicationScoped
public class PublicationService {

    public static final int MAX_DAYS = 31;
    /** How many times an answer is read again when its period was republished while it was read. */
    private static final int REREADS = 3;

    private final AgreementService agreements;
    private final ResultReader reader;
    private final CalculationResults results;

    public PublicationService(AgreementService agreements, ResultReader reader, CalculationResults results) {
        this.agreements = agreements;
        this.reader = reader;
        this.results = results;
    }

    /** The published data of a range, for a caller who may see the agreement; a PRM's, when one is named. */
    public Uni<PublishedRange> published(Caller caller, String agreementId, String start, String end,
            String usagePointId) {
        InstantRange range = InstantRange.parse(start, end, MAX_DAYS);
        return agreements.snapshot(caller, agreementId)
                .invoke(snapshot -> range.requireOn(snapshot.agreement().stepGrid()))
                .chain(snapshot -> reader.read(snapshot, range))
                .invoke(data -> {
                    if (usagePointId != null) {
                        data.requireParticipant(usagePointId, null);
                    }
                });
    }

    /** Every published version of the agreement's periods, newest first. */
    public Uni<List<PublishedVersion>> versions(Caller caller, String agreementId) {
        return agreements.requireVisible(caller, agreementId).chain(() -> results.versions(agreementId));
    }

    /** One published version: a 404 unless it is a completed calculation of this agreement. */
    public Uni<PublishedVersion> version(Caller caller, String agreementId, UUID calculationId) {
        return versions(caller, agreementId).map(versions -> versions.stream()
                .filter(version -> version.calculationId().equals(calculationId))
                .findFirst()
                .orElseThrow(() -> new NotFound("No publication " + calculationId + " of " + agreementId)));
    }

    /** The CDC file of one curve: a PRM's, or the agreement's total when the agreement is named. */
    public Uni<AnnexFile> curveFile(Caller caller, String agreementId, String start, String end, Quantity quantity,
            String usagePointId) {
        return published(caller, agreementId, start, end, usagePointId)
                .map(data -> PublishedFiles.curve(data, quantity, usagePointId));
    }

    /** A participant's energies per class; the detail when the range is made of whole calculation periods. */
    public Uni<EnergyView> energies(Caller caller, String agreementId, String usagePointId, Role role,
            List<Quantity> quantities, String start, String end) {
        return participantRange(caller, agreementId, usagePointId, role, start, end).chain(participant -> {
            Map<Quantity, BigDecimal[]> classes = participant.classes();
            List<Block> blocks = new ArrayList<>();
            quantities.forEach(quantity -> blocks.addAll(ParticipantEnergies.blocks(participant, quantity, classes)));
            return details(participant, usagePointId, role).map(details -> new EnergyView(
                    role == Role.CONS ? usagePointId : null, role == Role.PROD ? usagePointId : null,
                    Paris.local(participant.range().start()), Paris.local(participant.range().end()), "kWh", blocks,
                    role == Role.CONS ? details : null, role == Role.PROD ? details : null,
                    participant.publications()));
        }).onFailure(ResultsReplaced.class).retry().atMost(REREADS);
    }

    /** The ENERGIE file of one of a participant's quantities. */
    public Uni<AnnexFile> energyFile(Caller caller, String agreementId, String usagePointId, Role role,
            Quantity quantity, String start, String end) {
        return participantRange(caller, agreementId, usagePointId, role, start, end).map(participant ->
                PublishedFiles.energy(participant, usagePointId, quantity, participant.classes()));
    }

    /** A producer's energy given to each consumer, over whole calculation periods. */
    public Uni<AnnexFile> detailFile(Caller caller, String agreementId, String producer, String start, String end) {
        return participantRange(caller, agreementId, producer, Role.PROD, start, end)
                .chain(participant -> details(participant, producer, Role.PROD).map(details -> {
                    if (details == null) {
                        throw new InvalidRequest("The detail per consumer is kept per calculation period: ask for "
                                + "whole periods");
                    }
                    return PublishedFiles.detail(participant, producer, details);
                })).onFailure(ResultsReplaced.class).retry().atMost(REREADS);
    }

    /** The agreement's totals and rates, and every participant's. */
    public Uni<IndicatorsView> indicators(Caller caller, String agreementId, String start, String end) {
        return published(caller, agreementId, start, end, null).map(IndicatorsView::of);
    }

    /** The monthly package of a computed period. */
    public Uni<MonthlyPackage> monthlyPackage(Caller caller, String agreementId, LocalDate periodStart) {
        return agreements.snapshot(caller, agreementId).chain(snapshot -> {
            CalculationPeriod period = CalculationPeriods.starting(snapshot.agreement(), periodStart);
            InstantRange range = new InstantRange(StepGrid.startOf(period.start()), StepGrid.startOf(period.end()));
            return reader.read(snapshot, range).chain(data -> Multi.createFrom().iterable(data.producers)
                    .onItem().transformToUniAndConcatenate(producer -> details(
                            ParticipantRange.ofCurves(data, producer, Role.PROD), producer, Role.PROD)
                            .map(details -> Map.entry(producer, details)))
                    .collect().asMap(Map.Entry::getKey, Map.Entry::getValue)
                    .chain(details -> results.defaultsOf(data.runs(), period.start(), period.end())
                            .map(defaults -> new MonthlyPackage(data, details, perimeterCsv(snapshot),
                                    DefaultKeysFile.of(data, defaults)))));
        }).onFailure(ResultsReplaced.class).retry().atMost(REREADS);
    }

    /**
     * A participant's energies over a range: summed from the day energies its runs stored when the range is made of
     * whole days and they rest on today's perimeter, computed from the published curves otherwise.
     */
    private Uni<ParticipantRange> participantRange(Caller caller, String agreementId, String usagePointId, Role role,
            String start, String end) {
        InstantRange range = InstantRange.parse(start, end, MAX_DAYS);
        return agreements.snapshot(caller, agreementId)
                .invoke(snapshot -> range.requireOn(snapshot.agreement().stepGrid()))
                .chain(snapshot -> {
                    if (!range.isWholeDays()) {
                        return fromCurves(snapshot, range, usagePointId, role);
                    }
                    return results.currentRunsWithDayEnergies(agreementId, range.firstDay(), range.endDay(),
                            usagePointId, role, RunEnergies.basis(snapshot.attachments())).chain(found -> {
                                if (found.energies() == null) {
                                    return fromCurves(snapshot, range, usagePointId, role);
                                }
                                Coverage.runs(agreementId, found.runs(), range.firstDay(), range.endDay());
                                return Uni.createFrom().item(ParticipantRange.ofDays(agreementId, range,
                                        found.runs().stream().map(CurrentRun::ref).toList(), snapshot.attachments(),
                                        usagePointId, role, found.energies()));
                            });
                });
    }

    private Uni<ParticipantRange> fromCurves(AgreementSnapshot snapshot, InstantRange range, String usagePointId,
            Role role) {
        return reader.read(snapshot, range).map(data -> {
            data.requireParticipant(usagePointId, role);
            return ParticipantRange.ofCurves(data, usagePointId, role);
        });
    }

    /**
     * What each producer gave the consumer (or the producer gave each consumer), from the current calculations,
     * when the range is made of whole periods; null otherwise (pair details are kept per period).
     */
    private Uni<List<Detail>> details(ParticipantRange participant, String usagePointId, Role role) {
        InstantRange range = participant.range();
        if (!range.isWholeDays()) {
            return Uni.createFrom().nullItem();
        }
        return results.pairs(participant.runs(), range.firstDay(), range.endDay(), usagePointId, role == Role.CONS)
                .map(pairs -> Details.of(pairs, range.firstDay(), range.endDay(), role));
    }

    private static String perimeterCsv(AgreementSnapshot snapshot) {
        return PerimeterCsv.write(snapshot.attachments().stream().sorted(AgreementService.PERIMETER_ORDER).toList());
    }
}
