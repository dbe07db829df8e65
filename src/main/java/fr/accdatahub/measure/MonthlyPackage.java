package fr.accdatahub.measure;

import fr.accdatahub.agreement.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The monthly package Enedis mails to the PMO, as one zip: for every consumer its cons, autocons and complement CDC
 * and ENERGIE files; for every producer its prod, autoprod and surplus files and its detail per consumer; the same
 * totals for the agreement; and {@code Perimetre_Participants.csv}.
 */
final class MonthlyPackage {

    private MonthlyPackage() {
    }

    static void write(PublishedRange data, Map<String, List<EnergyView.Detail>> detailsByProducer,
            String perimeterCsv, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            Map<Quantity, BigDecimal[]> totals = new LinkedHashMap<>();
            for (String consumer : data.consumers) {
                participant(zip, data, consumer, Role.CONS, MeasureService.CONSUMER_TYPES, totals);
            }
            for (String producer : data.producers) {
                participant(zip, data, producer, Role.PROD, MeasureService.PRODUCER_TYPES, totals);
                Map<String, BigDecimal> byConsumer = new LinkedHashMap<>();
                detailsByProducer.getOrDefault(producer, List.of())
                        .forEach(detail -> byConsumer.put(detail.usagePointId(), detail.quantities().get(0).total()));
                entry(zip, name(data, producer, "AutoconsoParConsommateur", "ENERGIE"), Annex6Files.detail(byConsumer));
            }
            for (Quantity quantity : Quantity.values()) {
                entry(zip, name(data, data.agreementId, quantity.label(), "CDC"),
                        Annex6Files.loadCurve(data.steps, Series.total(data, quantity)));
                entry(zip, name(data, data.agreementId, quantity.label(), "ENERGIE"),
                        Annex6Files.energy(Energies.supplier(totals.getOrDefault(quantity, Energies.zero()))));
            }
            entry(zip, fr.accdatahub.agreement.PerimeterCsv.FILE_NAME, perimeterCsv);
        }
    }

    private static void participant(ZipOutputStream zip, PublishedRange data, String id, Role role,
            List<Quantity> quantities, Map<Quantity, BigDecimal[]> totals) throws IOException {
        Map<Quantity, BigDecimal[]> classes = MeasureService.classes(data, id, role);
        for (Quantity quantity : quantities) {
            entry(zip, name(data, id, quantity.label(), "CDC"),
                    Annex6Files.loadCurve(data.steps, Annex6Files.widen(Series.of(data, quantity, id))));
            entry(zip, name(data, id, quantity.label(), "ENERGIE"),
                    Annex6Files.energy(Energies.supplier(classes.get(quantity))));
            totals.merge(quantity, classes.get(quantity), Energies::plus);
        }
    }

    private static String name(PublishedRange data, String id, String type, String kind) {
        return Annex6Files.name(id, MeasureResource.firstDay(data), MeasureResource.lastDay(data), type, kind);
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
