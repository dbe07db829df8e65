package fr.accdatahub.webhook.store;

import fr.accdatahub.webhook.domain.Delivery;
import fr.accdatahub.webhook.domain.Endpoint;
import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The webhook store's rows, read into the domain's records. */
final class WebhookRows {

    private WebhookRows() {
    }

    /** {@link WebhookSql#FIND}'s row. */
    static Endpoint endpoint(Row row) {
        return new Endpoint(row.getString(0), row.getString(1), List.of(row.getArrayOfStrings(2)),
                Endpoint.Status.valueOf(row.getString(3)), instant(row.getOffsetDateTime(4)),
                instant(row.getOffsetDateTime(5)), row.getLong(6));
    }

    /** {@link WebhookSql#DELIVERIES}'s row. */
    static Delivery delivery(Row row) {
        return new Delivery(row.getUUID(0), row.getString(1), row.getString(2),
                Delivery.Status.valueOf(row.getString(3)), row.getInteger(4), instant(row.getOffsetDateTime(5)),
                instant(row.getOffsetDateTime(6)), instant(row.getOffsetDateTime(7)), row.getInteger(8),
                row.getString(9), instant(row.getOffsetDateTime(10)));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
