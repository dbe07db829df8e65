package fr.accdatahub.publication.domain;

import static fr.accdatahub.publication.domain.PublishedRanges.AGREEMENT;
import static fr.accdatahub.publication.domain.PublishedRanges.C1;
import static fr.accdatahub.publication.domain.PublishedRanges.P1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calculation.domain.Results.PairEnergy;
import fr.accdatahub.failure.NotFound;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedFilesTest {

    private final PublishedRange data = PublishedRanges.twoHours();

    @Test
    void aParticipantsCurveFileIsNamedAfterItsPrmDaysAndQuantity() {
        AnnexFile file = PublishedFiles.curve(data, Quantity.CONS, C1);
        assertEquals("10000000000001_05112024_05112024_Conso_CDC.csv", file.name());
        assertEquals("05/11/2024 21:00;1234;1234;1234;1234;\r\n05/11/2024 22:00;1000;1000;1000;1000;\r\n",
                file.content());
        assertEquals("20000000000001_05112024_05112024_Surplus_CDC.csv",
                PublishedFiles.curve(data, Quantity.SURPLUS, P1).name());
        assertEquals("05/11/2024 21:00;500;500;500;500;\r\n05/11/2024 22:00;0;0;0;0;\r\n",
                PublishedFiles.curve(data, Quantity.SURPLUS, P1).content());
    }

    @Test
    void theAgreementsCurveFileIsItsTotal() {
        AnnexFile file = PublishedFiles.curve(data, Quantity.COMPLEMENT, AGREEMENT);
        assertEquals("ACC00000001_05112024_05112024_Complement_CDC.csv", file.name());
        assertEquals("05/11/2024 21:00;2234;2234;2234;2234;\r\n05/11/2024 22:00;1500;1500;1500;1500;\r\n",
                file.content());
    }

    @Test
    void aPrmWithoutThatCurveIsNotFound() {
        NotFound missing = assertThrows(NotFound.class, () -> PublishedFiles.curve(data, Quantity.PROD, C1));
        assertEquals("not_found", missing.code());
        assertEquals("PRM 10000000000001 has no prod curve", missing.getMessage());
        assertThrows(NotFound.class, () -> PublishedFiles.curve(data, Quantity.CONS, "10000000000099"));
    }

    @Test
    void anEnergyFileHoldsTheSupplierHpAndHc() {
        AnnexFile file = PublishedFiles.energy(data, C1, Role.CONS, Quantity.COMPLEMENT,
                ParticipantEnergies.classes(data, C1, Role.CONS));
        assertEquals("10000000000001_05112024_05112024_Complement_ENERGIE.csv", file.name());
        assertEquals("HP;0,63;\r\nHC;0,70;\r\n", file.content());
    }

    @Test
    void theDetailFileListsEachConsumersDistributorTotal() {
        List<PairEnergy> pairs = List.of(
                pair(PublishedRanges.C2, "HPH", 400),
                pair(C1, "HPH", 600),
                pair(C1, "HCH", 300));
        AnnexFile file = PublishedFiles.detail(data, P1,
                Details.of(pairs, LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 1), Role.PROD));
        assertEquals("20000000000001_05112024_05112024_AutoconsoParConsommateur_ENERGIE.csv", file.name());
        assertEquals("PRM CONS;AUTOCONSO (kWh)\r\n10000000000001;0,90\r\n10000000000002;0,40\r\n", file.content());
    }

    private static PairEnergy pair(String other, String timeClass, double wh) {
        return new PairEnergy(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 1), other, timeClass, wh);
    }
}
