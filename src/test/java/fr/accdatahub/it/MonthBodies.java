package fr.accdatahub.it;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Request bodies covering a whole month of 15-minute steps (Europe/Paris), written as JSON text. */
final class MonthBodies {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private MonthBodies() {
    }

    /** The steps of the month, in order. */
    static List<String> steps(YearMonth month) {
        List<String> steps = new ArrayList<>();
        ZonedDateTime end = month.plusMonths(1).atDay(1).atStartOfDay(PARIS);
        for (ZonedDateTime step = month.atDay(1).atStartOfDay(PARIS); step.isBefore(end); step = step.plusMinutes(15)) {
            steps.add(step.toOffsetDateTime().toString());
        }
        return steps;
    }

    /** DYNAMIC_SIMPLE keys: at every step of the month, each consumer its coefficient (JSON numbers). */
    static String simpleKeys(YearMonth month, Map<String, String> coefficientByConsumer) {
        StringBuilder keys = new StringBuilder();
        coefficientByConsumer.forEach((consumer, coefficient) -> keys.append(keys.isEmpty() ? "" : ",")
                .append("{\"usage_point_id\":\"").append(consumer).append("\",\"coefficient\":").append(coefficient)
                .append('}'));
        StringBuilder body = new StringBuilder("{\"key_type\":\"DYNAMIC_SIMPLE\",\"steps\":[");
        List<String> steps = steps(month);
        for (int i = 0; i < steps.size(); i++) {
            body.append(i == 0 ? "" : ",").append("{\"start\":\"").append(steps.get(i)).append("\",\"keys\":[")
                    .append(keys).append("]}");
        }
        return body.append("]}").toString();
    }

    /** Raw curves: at every step of the month, each PRM its value in W; {@code producer} is read as prod. */
    static String curves(YearMonth month, Map<String, Integer> wattsByPrm, String producer) {
        List<String> steps = steps(month);
        List<String> curves = new ArrayList<>();
        wattsByPrm.forEach((prm, watts) -> {
            StringBuilder readings = new StringBuilder();
            steps.forEach(step -> readings.append(readings.isEmpty() ? "" : ",").append("{\"start\":\"").append(step)
                    .append("\",\"value\":").append(watts).append('}'));
            curves.add("{\"usage_point_id\":\"" + prm + "\",\"type\":\"" + (prm.equals(producer) ? "prod" : "cons")
                    + "\",\"interval_reading\":[" + readings + "]}");
        });
        return "{\"curves\":[" + String.join(",", curves) + "]}";
    }
}
