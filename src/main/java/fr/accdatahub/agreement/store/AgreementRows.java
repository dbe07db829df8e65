package fr.accdatahub.agreement.store;

import fr.accdatahub.agreement.domain.Agreement;
import fr.accdatahub.agreement.domain.AgreementStatus;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.GeographicCategory;
import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.agreement.domain.Lifecycle;
import fr.accdatahub.agreement.domain.MasterData;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.calendar.DatePeriod;
import fr.accdatahub.calendar.History;
import fr.accdatahub.calendar.SupplierCalendar;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Row;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The rows of {@link AgreementReads}' statements, as the domain's values. */
final class AgreementRows {

    private AgreementRows() {
    }

    /** A row of the agreement read: the agreement, its PMO, its dated versions and its perimeter's coverage. */
    static Agreement agreement(Row row) {
        List<History.Version<KeyType>> keyTypes = new ArrayList<>();
        List<History.Version<AgreementStatus>> decisions = new ArrayList<>();
        for (Object item : row.getJsonArray("versions")) {
            JsonArray version = (JsonArray) item;
            DatePeriod period = period(version.getString(2), version.getString(3));
            if (version.getString(0).equals(AgreementVersionEntity.KEY_TYPE)) {
                keyTypes.add(new History.Version<>(KeyType.valueOf(version.getString(1)), period));
            } else {
                decisions.add(new History.Version<>(AgreementStatus.valueOf(version.getString(1)), period));
            }
        }
        Map<Role, List<DatePeriod>> coverage = new EnumMap<>(Map.of(Role.CONS, new ArrayList<>(), Role.PROD,
                new ArrayList<>()));
        JsonArray ranges = row.getJsonArray("coverage");
        for (Object item : ranges == null ? new JsonArray() : ranges) {
            JsonArray range = (JsonArray) item;
            coverage.get(Role.of(range.getString(0))).add(period(range.getString(1), range.getString(2)));
        }
        String category = row.getString("geographic_category");
        return new Agreement(row.getString("id").trim(), row.getString("name"), row.getLocalDate("start_date"),
                row.getShort("anniversary_day"), row.getString("geographic_scope"),
                category == null ? null : GeographicCategory.valueOf(category),
                row.getString("insee_code"), row.getBoolean("hlm"),
                new Agreement.Pmo(row.getString("pmo_name"), row.getString("pmo_siret").trim()),
                new History<>(keyTypes),
                Lifecycle.statuses(new History<>(decisions), coverage.get(Role.CONS), coverage.get(Role.PROD)));
    }

    /** A row of the attachments' read (the columns of {@link ParticipantEntity}). */
    static Attachment attachment(Row row) {
        String calendar = row.getString("supplier_calendar");
        return new Attachment(row.getString("usage_point_id"), Role.of(row.getString("role")),
                new DatePeriod(row.getLocalDate("start_date"), row.getLocalDate("end_date")), row.getString("name"),
                row.getBigDecimal("static_coefficient"), row.getString("offpeak_hours"),
                new MasterData(row.getString("holder_name"), row.getString("address"), row.getString("siret"),
                        row.getString("rna"), row.getString("email"), row.getString("injection_contract_ref"),
                        row.getBigDecimal("installed_power_kva")),
                calendar == null ? null : SupplierCalendar.valueOf(calendar));
    }

    private static DatePeriod period(String from, String to) {
        return new DatePeriod(LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }
}
