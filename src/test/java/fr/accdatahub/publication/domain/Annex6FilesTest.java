package fr.accdatahub.publication.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.accdatahub.calendar.StepGrid;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Byte for byte what the file writers wrote before the features were split (commit 575069c). */
class Annex6FilesTest {

    private static final long ABSENT = Publication.ABSENT;

    @Test
    void namesHoldTheIdTheFirstAndLastDaysTheTypeAndTheKind() {
        assertEquals("ACC00000001_01112024_30112024_Conso_CDC.csv",
                Annex6Files.name("ACC00000001", LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30), "Conso",
                        "CDC"));
    }

    @Test
    void aQuarterHourDayHasOneLinePerHourAndAnAbsentValueIsAnEmptyCell() {
        Instant[] steps = day(LocalDate.of(2024, 11, 5), 96);
        long[] values = new long[steps.length];
        for (int s = 0; s < values.length; s++) {
            values[s] = s * 7L;
        }
        values[53] = ABSENT;
        assertEquals("05/11/2024 00:00;0;7;14;21;\r\n" + "05/11/2024 01:00;28;35;42;49;\r\n"
                + "05/11/2024 02:00;56;63;70;77;\r\n" + "05/11/2024 03:00;84;91;98;105;\r\n"
                + "05/11/2024 04:00;112;119;126;133;\r\n" + "05/11/2024 05:00;140;147;154;161;\r\n"
                + "05/11/2024 06:00;168;175;182;189;\r\n" + "05/11/2024 07:00;196;203;210;217;\r\n"
                + "05/11/2024 08:00;224;231;238;245;\r\n" + "05/11/2024 09:00;252;259;266;273;\r\n"
                + "05/11/2024 10:00;280;287;294;301;\r\n" + "05/11/2024 11:00;308;315;322;329;\r\n"
                + "05/11/2024 12:00;336;343;350;357;\r\n" + "05/11/2024 13:00;364;;378;385;\r\n"
                + "05/11/2024 14:00;392;399;406;413;\r\n" + "05/11/2024 15:00;420;427;434;441;\r\n"
                + "05/11/2024 16:00;448;455;462;469;\r\n" + "05/11/2024 17:00;476;483;490;497;\r\n"
                + "05/11/2024 18:00;504;511;518;525;\r\n" + "05/11/2024 19:00;532;539;546;553;\r\n"
                + "05/11/2024 20:00;560;567;574;581;\r\n" + "05/11/2024 21:00;588;595;602;609;\r\n"
                + "05/11/2024 22:00;616;623;630;637;\r\n" + "05/11/2024 23:00;644;651;658;665;\r\n",
                Annex6Files.loadCurve(steps, values));
    }

    @Test
    void aDayBeforeOctober2024HasTwoHalfHourValuesPerLine() {
        Instant[] steps = day(LocalDate.of(2024, 9, 10), 48);
        long[] values = new long[steps.length];
        for (int s = 0; s < values.length; s++) {
            values[s] = 500 + s;
        }
        assertEquals("10/09/2024 00:00;500;501;\r\n" + "10/09/2024 01:00;502;503;\r\n" + "10/09/2024 02:00;504;505;\r\n"
                + "10/09/2024 03:00;506;507;\r\n" + "10/09/2024 04:00;508;509;\r\n" + "10/09/2024 05:00;510;511;\r\n"
                + "10/09/2024 06:00;512;513;\r\n" + "10/09/2024 07:00;514;515;\r\n" + "10/09/2024 08:00;516;517;\r\n"
                + "10/09/2024 09:00;518;519;\r\n" + "10/09/2024 10:00;520;521;\r\n" + "10/09/2024 11:00;522;523;\r\n"
                + "10/09/2024 12:00;524;525;\r\n" + "10/09/2024 13:00;526;527;\r\n" + "10/09/2024 14:00;528;529;\r\n"
                + "10/09/2024 15:00;530;531;\r\n" + "10/09/2024 16:00;532;533;\r\n" + "10/09/2024 17:00;534;535;\r\n"
                + "10/09/2024 18:00;536;537;\r\n" + "10/09/2024 19:00;538;539;\r\n" + "10/09/2024 20:00;540;541;\r\n"
                + "10/09/2024 21:00;542;543;\r\n" + "10/09/2024 22:00;544;545;\r\n" + "10/09/2024 23:00;546;547;\r\n",
                Annex6Files.loadCurve(steps, values));
    }

    @Test
    void theHourRepeatedInOctoberHasTwoLines() {
        Instant[] steps = day(LocalDate.of(2024, 10, 27), 100);
        long[] values = new long[steps.length];
        for (int s = 0; s < values.length; s++) {
            values[s] = s;
        }
        assertEquals("27/10/2024 00:00;0;1;2;3;\r\n" + "27/10/2024 01:00;4;5;6;7;\r\n"
                + "27/10/2024 02:00;8;9;10;11;\r\n" + "27/10/2024 02:00;12;13;14;15;\r\n"
                + "27/10/2024 03:00;16;17;18;19;\r\n" + "27/10/2024 04:00;20;21;22;23;\r\n"
                + "27/10/2024 05:00;24;25;26;27;\r\n" + "27/10/2024 06:00;28;29;30;31;\r\n"
                + "27/10/2024 07:00;32;33;34;35;\r\n" + "27/10/2024 08:00;36;37;38;39;\r\n"
                + "27/10/2024 09:00;40;41;42;43;\r\n" + "27/10/2024 10:00;44;45;46;47;\r\n"
                + "27/10/2024 11:00;48;49;50;51;\r\n" + "27/10/2024 12:00;52;53;54;55;\r\n"
                + "27/10/2024 13:00;56;57;58;59;\r\n" + "27/10/2024 14:00;60;61;62;63;\r\n"
                + "27/10/2024 15:00;64;65;66;67;\r\n" + "27/10/2024 16:00;68;69;70;71;\r\n"
                + "27/10/2024 17:00;72;73;74;75;\r\n" + "27/10/2024 18:00;76;77;78;79;\r\n"
                + "27/10/2024 19:00;80;81;82;83;\r\n" + "27/10/2024 20:00;84;85;86;87;\r\n"
                + "27/10/2024 21:00;88;89;90;91;\r\n" + "27/10/2024 22:00;92;93;94;95;\r\n"
                + "27/10/2024 23:00;96;97;98;99;\r\n",
                Annex6Files.loadCurve(steps, values));
    }

    @Test
    void aCurveWithoutStepsIsALineEndAlone() {
        assertEquals("\r\n", Annex6Files.loadCurve(new Instant[0], new long[0]));
    }

    @Test
    void energiesAreHpThenHcWithDecimalCommas() {
        assertEquals("HP;134,70;\r\n" + "HC;0,00;\r\n",
                Annex6Files.energy(supplier("HP", "134.70", "HC", "0.00")));
        assertEquals("HP;1234567,05;\r\n" + "HC;12,3;\r\n",
                Annex6Files.energy(supplier("HP", "1234567.05", "HC", "12.3")));
        assertEquals("BASE;5,79;\r\n", Annex6Files.energy(supplier("BASE", "5.79")));
    }

    private static Map<String, BigDecimal> supplier(String... namesAndValues) {
        Map<String, BigDecimal> supplier = new LinkedHashMap<>();
        for (int k = 0; k < namesAndValues.length; k += 2) {
            supplier.put(namesAndValues[k], new BigDecimal(namesAndValues[k + 1]));
        }
        return supplier;
    }

    @Test
    void theDetailListsConsumersInTheMapsOrderWithoutTrailingSeparators() {
        Map<String, BigDecimal> byConsumer = new LinkedHashMap<>();
        byConsumer.put("10000000000002", new BigDecimal("12.34"));
        byConsumer.put("10000000000001", new BigDecimal("0.00"));
        assertEquals("PRM CONS;AUTOCONSO (kWh)\r\n" + "10000000000002;12,34\r\n" + "10000000000001;0,00\r\n",
                Annex6Files.detail(byConsumer));
        assertEquals("PRM CONS;AUTOCONSO (kWh)\r\n", Annex6Files.detail(Map.of()));
    }

    @Test
    void widenKeepsAbsentValuesAbsent() {
        assertArrayEquals(new long[] {5, ABSENT, 0, -3}, Annex6Files.widen(new int[] {5, Publication.ABSENT, 0, -3}));
    }

    private static Instant[] day(LocalDate day, int expected) {
        List<Instant> steps = new ArrayList<>();
        for (Instant step = StepGrid.startOf(day); step.isBefore(StepGrid.startOf(day.plusDays(1)));
                step = StepGrid.METER.next(step)) {
            steps.add(step);
        }
        assertEquals(expected, steps.size());
        return steps.toArray(Instant[]::new);
    }
}
