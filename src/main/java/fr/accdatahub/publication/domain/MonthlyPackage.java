package fr.accdatahub.publication.domain;

import fr.accdatahub.agreement.domain.PerimeterCsv;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.annex.AnnexCsv;
import fr.accdatahub.publication.domain.EnergyView.Detail;
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
 * totals for the agreement; the coefficients the DEFAULT key applied ({@link DefaultKeysFile}, a header alone when it
 * applied nowhere); the indicators workbook ({@link IndicatorsWorkbook}); and {@code Perimetre_Participants.csv}.
 */
public record MonthlyPackage(PublishedRange data, Map<String, List<Detail>> detailsByProducer, String perimeterCsv,
        AnnexFile defaultKeys) {

    /** The zip's name: {@code <agreement>_<DDMMYYYY of the period's start>.zip}. */
    public String fileName() {
        return data.agreementId + "_" + AnnexCsv.NAME_DAY.format(data.firstDay()) + ".zip";
    }

    public void write(OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            Map<Quantity, BigDecimal[]> totals = new LinkedHashMap<>();
            for (String consumer : data.consumers) {
                participant(zip, consumer, Role.CONS, Quantity.CONSUMER_TYPES, totals);
            }
            for (String producer : data.producers) {
                participant(zip, producer, Role.PROD, Quantity.PRODUCER_TYPES, totals);
                entry(zip, PublishedFiles.detail(data, producer, detailsByProducer.getOrDefault(producer, List.of())));
            }
            for (Quantity quantity : Quantity.values()) {
                totals.putIfAbsent(quantity, Energies.zero());
            }
            for (Quantity quantity : Quantity.values()) {
                entry(zip, PublishedFiles.curve(data, quantity, data.agreementId));
                entry(zip, PublishedFiles.energy(data, data.agreementId, null, quantity, totals));
            }
            entry(zip, defaultKeys);
            IndicatorsView indicators = IndicatorsView.of(data);
            entry(zip, IndicatorsWorkbook.fileName(indicators), IndicatorsWorkbook.write(indicators));
            entry(zip, new AnnexFile(PerimeterCsv.FILE_NAME, perimeterCsv));
        }
    }

    private void participant(ZipOutputStream zip, String id, Role role, List<Quantity> quantities,
            Map<Quantity, BigDecimal[]> totals) throws IOException {
        Map<Quantity, BigDecimal[]> classes = ParticipantEnergies.classes(data, id, role);
        for (Quantity quantity : quantities) {
            entry(zip, PublishedFiles.curve(data, quantity, id));
            entry(zip, PublishedFiles.energy(data, id, role, quantity, classes));
            totals.merge(quantity, classes.get(quantity), Energies::plus);
        }
    }

    private static void entry(ZipOutputStream zip, AnnexFile file) throws IOException {
        entry(zip, file.name(), file.content().getBytes(StandardCharsets.UTF_8));
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
