package fr.accdatahub.publication.domain;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.calendar.Paris;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes definitive load curves as JSON straight to the response, curve by curve: the body of a month of every curve
 * of a large agreement is never held in memory.
 */
public final class CurveJson {

    private CurveJson() {
    }

    public static void write(ObjectMapper json, PublishedRange data, List<Quantity> types, String only,
            OutputStream out) throws IOException {
        try (JsonGenerator generator = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            generator.writeStringField("agreement_id", data.agreementId);
            generator.writeStringField("start", Paris.label(data.range.start()));
            generator.writeStringField("end", Paris.label(data.range.end()));
            generator.writeStringField("unit", "W");
            generator.writeStringField("interval_length", "PT" + data.minutes(0) + "M");
            curves(generator, data, types, only);
            generator.writeObjectField("publications", data.publications);
            generator.writeEndObject();
        }
    }

    /**
     * The {@code curves} field: each participant's curve of each type (only {@code only}'s when not null) and the
     * agreement's total, as {@code definitive_load_curves} answers them.
     */
    public static void curves(JsonGenerator generator, PublishedRange data, List<Quantity> types, String only)
            throws IOException {
        generator.writeArrayFieldStart("curves");
        for (Quantity type : types) {
            List<String> ids = type.ofConsumers() ? data.consumers : data.producers;
            for (String id : ids) {
                if (only == null || only.equals(id)) {
                    curve(generator, data, id, Annex6Files.widen(Series.of(data, type, id)),
                            Series.estimated(data, type, id), type);
                }
            }
            if (only == null || only.equals(data.agreementId)) {
                curve(generator, data, data.agreementId, Series.total(data, type),
                        Series.totalEstimated(data, type), type);
            }
        }
        generator.writeEndArray();
    }

    private static void curve(JsonGenerator generator, PublishedRange data, String id, long[] values,
            boolean[] estimated, Quantity type) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("usage_point_id", id);
        generator.writeStringField("type", type.code());
        generator.writeArrayFieldStart("interval_reading");
        for (int s = 0; s < values.length; s++) {
            if (values[s] == Publication.ABSENT) {
                continue;
            }
            generator.writeStartObject();
            generator.writeStringField("start", data.stepLabels[s]);
            generator.writeNumberField("value", values[s]);
            if (estimated != null && estimated[s]) {
                generator.writeBooleanField("estimated", true);
            }
            generator.writeEndObject();
        }
        generator.writeEndArray();
        generator.writeEndObject();
    }
}
