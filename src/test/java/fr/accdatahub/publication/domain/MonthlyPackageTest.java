package fr.accdatahub.publication.domain;

import static fr.accdatahub.publication.domain.PublishedRanges.AGREEMENT;
import static fr.accdatahub.publication.domain.PublishedRanges.C1;
import static fr.accdatahub.publication.domain.PublishedRanges.C2;
import static fr.accdatahub.publication.domain.PublishedRanges.P1;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.accdatahub.agreement.domain.PerimeterCsv;
import fr.accdatahub.annex.AnnexCsv;
import fr.accdatahub.keys.domain.AppliedDefault;
import fr.accdatahub.publication.domain.EnergyView.Detail;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class MonthlyPackageTest {

    private static final String DAYS = "_05112024_05112024_";
    private static final String PERIMETER = PerimeterCsv.write(PublishedRanges.ATTACHMENTS);

    private final MonthlyPackage monthly = new MonthlyPackage(PublishedRanges.twoHours(), Map.of(P1, List.of(
            new Detail(C1, ParticipantEnergies.blocks(Quantity.AUTOPROD, classes("0.60", "0.30"))),
            new Detail(C2, ParticipantEnergies.blocks(Quantity.AUTOPROD, classes("0.40", "0.20"))))), PERIMETER,
            DefaultKeysFile.of(PublishedRanges.twoHours(), defaults()));

    @Test
    void theZipIsNamedAfterTheAgreementAndItsFirstDay() {
        assertEquals("ACC00000001_05112024.zip", monthly.fileName());
    }

    @Test
    void theZipHoldsEachParticipantsFilesTheAgreementsTotalsAndThePerimeter() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String consumer : List.of(C1, C2)) {
            files(expected, consumer, "Conso", "Autoconso", "Complement");
        }
        files(expected, P1, "Prod", "Autoprod", "Surplus");
        expected.add(P1 + DAYS + "AutoconsoParConsommateur_ENERGIE.csv");
        files(expected, AGREEMENT, "Conso", "Autoconso", "Complement", "Prod", "Autoprod", "Surplus");
        expected.add(AGREEMENT + DAYS + "CoefficientsParDefaut_CLE.csv");
        expected.add(AGREEMENT + "_05112024_05112024.xlsx");
        expected.add("Perimetre_Participants.csv");
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(written()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertEquals(34, names.size());
        assertEquals(Set.copyOf(expected), Set.copyOf(names));
    }

    @Test
    void theDefaultCoefficientsHaveALinePerDefaultStep() throws IOException {
        assertEquals("Horodate;10000000000001;10000000000002\r\n"
                + "05/11/2024 21:00;25,0000000000;75,0000000000\r\n"
                + "05/11/2024 21:15;;100,0000000000\r\n",
                contents().get(AGREEMENT + DAYS + "CoefficientsParDefaut_CLE.csv"));
    }

    /** The DEFAULT key at 21:00 (C1 a quarter) and 21:15 (C2 alone), nowhere else. */
    private static List<AppliedDefault> defaults() {
        Double[] c1 = new Double[96];
        Double[] c2 = new Double[96];
        Arrays.fill(c1, Double.NaN);
        Arrays.fill(c2, Double.NaN);
        c1[84] = 0.25;
        c2[84] = 0.75;
        c2[85] = 1.0;
        return List.of(new AppliedDefault(C2, PublishedRanges.DAY, c2), new AppliedDefault(C1, PublishedRanges.DAY, c1));
    }

    @Test
    void thePerimeterFileIsTheGivenCsv() throws IOException {
        assertEquals("PRM;Date debut rattachement;Date fin rattachement;\r\n"
                + "10000000000002;01/09/2024;31/12/9999;\r\n"
                + "10000000000001;01/09/2024;01/01/2025;\r\n"
                + "20000000000001;01/09/2024;31/12/9999;\r\n", contents().get("Perimetre_Participants.csv"));
    }

    @Test
    void theProducersDetailAndCurvesAreInTheZip() throws IOException {
        Map<String, String> contents = contents();
        assertEquals("PRM CONS;AUTOCONSO (kWh)\r\n10000000000001;0,90\r\n10000000000002;0,60\r\n",
                contents.get(P1 + DAYS + "AutoconsoParConsommateur_ENERGIE.csv"));
        assertEquals("05/11/2024 21:00;1000;1000;1000;1000;\r\n05/11/2024 22:00;500;500;500;500;\r\n",
                contents.get(AGREEMENT + DAYS + "Autoprod_CDC.csv"));
    }

    @Test
    void theAgreementsEnergiesAreTheSumsOfItsConsumers() throws IOException {
        Map<String, String> contents = contents();
        assertEquals("HP;3,23;\r\nHC;2,00;\r\n", contents.get(AGREEMENT + DAYS + "Conso_ENERGIE.csv"));
        assertEquals("HP;1,00;\r\nHC;0,50;\r\n", contents.get(AGREEMENT + DAYS + "Autoconso_ENERGIE.csv"));
        for (String type : List.of("Conso", "Autoconso", "Complement")) {
            BigDecimal[] c1 = energies(contents.get(C1 + DAYS + type + "_ENERGIE.csv"));
            BigDecimal[] c2 = energies(contents.get(C2 + DAYS + type + "_ENERGIE.csv"));
            BigDecimal[] total = energies(contents.get(AGREEMENT + DAYS + type + "_ENERGIE.csv"));
            assertEquals(c1[0].add(c2[0]), total[0], type + " HP");
            assertEquals(c1[1].add(c2[1]), total[1], type + " HC");
        }
        assertEquals(contents.get(P1 + DAYS + "Surplus_ENERGIE.csv"),
                contents.get(AGREEMENT + DAYS + "Surplus_ENERGIE.csv"));
    }

    private byte[] written() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        monthly.write(out);
        return out.toByteArray();
    }

    private Map<String, String> contents() throws IOException {
        Map<String, String> contents = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(written()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                contents.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return contents;
    }

    private static void files(List<String> names, String id, String... types) {
        for (String type : types) {
            names.add(id + DAYS + type + "_CDC.csv");
            names.add(id + DAYS + type + "_ENERGIE.csv");
        }
    }

    /** HP and HC of an energy file. */
    private static BigDecimal[] energies(String file) {
        String[] lines = AnnexCsv.lines(file);
        return new BigDecimal[] {
            AnnexCsv.parseDecimal(AnnexCsv.cells(lines[0])[1]),
            AnnexCsv.parseDecimal(AnnexCsv.cells(lines[1])[1])};
    }

    /** Distributor classes HPH, HCH, HPB, HCB with only the high season's. */
    private static BigDecimal[] classes(String hph, String hch) {
        return new BigDecimal[] {new BigDecimal(hph), new BigDecimal(hch), new BigDecimal("0.00"),
            new BigDecimal("0.00")};
    }
}
