package fr.accdatahub.rawcurve.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CdcFileTest {

    private static final String NAME = "10000000000001_05112024_05112024_Conso_CDC.csv";

    @Test
    void aDaysFileIsReadAsTheReadingsOfThatDay() {
        RawCurve curve = CdcFile.read(NAME, "\uFEFF05/11/2024 00:00;100;200;;400;\r\n"
                + "\r\n"
                + "05/11/2024 13:00; 10 ;11;12;13\r\n");
        assertEquals("10000000000001", curve.usagePointId());
        assertEquals(CurveType.CONS, curve.type());
        assertEquals(at("2024-11-05T00:00:00+01:00"), curve.start());
        assertEquals(at("2024-11-06T00:00:00+01:00"), curve.end());
        assertEquals(List.of(
                new RawCurve.Reading(at("2024-11-05T00:00:00+01:00"), 100),
                new RawCurve.Reading(at("2024-11-05T00:15:00+01:00"), 200),
                new RawCurve.Reading(at("2024-11-05T00:45:00+01:00"), 400),
                new RawCurve.Reading(at("2024-11-05T13:00:00+01:00"), 10),
                new RawCurve.Reading(at("2024-11-05T13:15:00+01:00"), 11),
                new RawCurve.Reading(at("2024-11-05T13:30:00+01:00"), 12),
                new RawCurve.Reading(at("2024-11-05T13:45:00+01:00"), 13)), curve.readings());
    }

    @Test
    void theRepeatedHourOfOctoberIsReadInFileOrderAndHalfHoursBefore() {
        RawCurve october = CdcFile.read("20000000000001_27102024_27102024_prod_CDC.csv",
                "27/10/2024 02:00;1;2;3;4;\n27/10/2024 02:00;5;6;7;8;\n");
        assertEquals(CurveType.PROD, october.type());
        assertEquals(new RawCurve.Reading(at("2024-10-27T02:00:00+02:00"), 1), october.readings().get(0));
        assertEquals(new RawCurve.Reading(at("2024-10-27T02:00:00+01:00"), 5), october.readings().get(4));
        RawCurve september = CdcFile.read("20000000000001_30092024_30092024_prod_CDC.csv",
                "30/09/2024 23:00;1;2;\r\n");
        assertEquals(List.of(new RawCurve.Reading(at("2024-09-30T23:00:00+02:00"), 1),
                new RawCurve.Reading(at("2024-09-30T23:30:00+02:00"), 2)), september.readings());
    }

    @Test
    void aBadNameIsRejected() {
        assertRejected("The file name must be <PRM>_<DDMMYYYY>_<DDMMYYYY>_<cons|prod>_CDC.csv, not "
                + "'10000000000001_05112024_Conso_CDC.csv'", "10000000000001_05112024_Conso_CDC.csv", "");
        assertRejected("The file name's type must be cons or prod, not 'Surplus'",
                "10000000000001_05112024_05112024_Surplus_CDC.csv", "");
        assertRejected("The file name's dates must be real days DDMMYYYY: '10000000000001_32112024_05112024_cons_CDC"
                + ".csv'", "10000000000001_32112024_05112024_cons_CDC.csv", "");
        assertRejected("The file name's last day is before its first day",
                "10000000000001_05112024_04112024_cons_CDC.csv", "");
    }

    @Test
    void aLineWithTheWrongNumberOfValuesIsRejectedByItsNumber() {
        assertRejected("line 2: 3 values for the 4 steps of an hour", NAME,
                "05/11/2024 00:00;1;2;3;4;\r\n05/11/2024 01:00;1;2;3;\r\n");
        assertRejected("line 1: 4 values for the 2 steps of an hour",
                "10000000000001_30092024_30092024_cons_CDC.csv", "30/09/2024 10:00;1;2;3;4;\r\n");
    }

    @Test
    void aLineOutsideTheDaysOrWithABadValueIsRejectedByItsNumber() {
        assertRejected("line 1: 06/11/2024 00:00 is outside the file's days", NAME, "06/11/2024 00:00;1;2;3;4;\r\n");
        assertRejected("line 3: '-5' is not a whole number of W, 0 or more", NAME,
                "05/11/2024 00:00;1;2;3;4;\r\n\r\n05/11/2024 01:00;1;-5;3;4;\r\n");
        assertRejected("line 1: a line starts on the hour", NAME, "05/11/2024 00:15;1;2;3;4;\r\n");
    }

    private static void assertRejected(String message, String name, String content) {
        CurveFileRejected rejected = assertThrows(CurveFileRejected.class, () -> CdcFile.read(name, content));
        assertEquals("invalid_request", rejected.code());
        assertEquals(message, rejected.getMessage());
    }

    private static Instant at(String instant) {
        return OffsetDateTime.parse(instant).toInstant();
    }
}
