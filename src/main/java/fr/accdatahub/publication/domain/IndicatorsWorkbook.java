package fr.accdatahub.publication.domain;

import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.annex.AnnexCsv;
import fr.accdatahub.annex.Sheets;
import fr.accdatahub.publication.domain.IndicatorsView.Participant;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The annex 6 indicators workbook (§11.6.1), {@code <agreement>_<DDMMYYYY>_<DDMMYYYY>.xlsx} (first and last day):
 * sheet {@value #OPERATION} the operation's totals and rates, sheet {@value #PRODUCERS} one row per producer
 * (injected, self-produced, surplus, rate), sheet {@value #CONSUMERS} one row per consumer (consumption,
 * self-consumed, complement, rate), and sheet {@value #SUPPLIER_PERIODS} the consumers' figures split by their
 * supplier periods (one row per consumer and period). The numbers are those of the JSON indicators: kWh with 2
 * decimals, rates as fractions with 4. Written with Apache POI.
 */
public final class IndicatorsWorkbook {

    public static final String OPERATION = "Operation";
    public static final String PRODUCERS = "Producteurs";
    public static final String CONSUMERS = "Consommateurs";
    public static final String SUPPLIER_PERIODS = "Periodes fournisseur";

    private IndicatorsWorkbook() {
    }

    public static String fileName(IndicatorsView view) {
        return view.agreementId() + "_" + AnnexCsv.NAME_DAY.format(view.start().toLocalDate()) + "_"
                + AnnexCsv.NAME_DAY.format(view.end().minusNanos(1).toLocalDate()) + ".xlsx";
    }

    public static byte[] write(IndicatorsView view) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet operation = Sheets.header(workbook, OPERATION, List.of("Indicateur", "Valeur"));
            Sheets.append(operation, List.of("Opération", view.agreementId()));
            Sheets.append(operation, List.of("Début", view.start().toString()));
            Sheets.append(operation, List.of("Fin", view.end().toString()));
            Sheets.append(operation, Arrays.asList("Consommation (kWh)", view.consumption()));
            Sheets.append(operation, Arrays.asList("Production (kWh)", view.production()));
            Sheets.append(operation, Arrays.asList("Autoconsommation (kWh)", view.autoconsumption()));
            Sheets.append(operation, Arrays.asList("Complément (kWh)", view.complement()));
            Sheets.append(operation, Arrays.asList("Surplus (kWh)", view.surplus()));
            Sheets.append(operation, Arrays.asList("Taux d'autoconsommation", view.autoconsumptionRate()));
            Sheets.append(operation, Arrays.asList("Taux d'autoproduction", view.autoproductionRate()));
            Sheets.append(operation, Arrays.asList("Taux de couverture", view.coverageRate()));
            Sheet producers = Sheets.header(workbook, PRODUCERS, List.of("PRM", "Production injectée (kWh)",
                    "Production autoconsommée (kWh)", "Surplus (kWh)", "Taux d'autoconsommation"));
            Sheet consumers = Sheets.header(workbook, CONSUMERS, List.of("PRM", "Consommation (kWh)",
                    "Consommation autoconsommée (kWh)", "Complément (kWh)", "Taux d'autoproduction"));
            Sheet suppliers = Sheets.header(workbook, SUPPLIER_PERIODS, List.of("PRM", "Du", "Au (exclu)",
                    "Calendrier fournisseur", "Consommation (kWh)", "Consommation autoconsommée (kWh)",
                    "Complément (kWh)"));
            for (Participant p : view.participants()) {
                if (p.role().equals(Role.PROD.code())) {
                    Sheets.append(producers, Arrays.asList(p.usagePointId(), p.production(), p.autoproduction(),
                            p.surplus(), p.rate()));
                } else {
                    Sheets.append(consumers, Arrays.asList(p.usagePointId(), p.consumption(), p.autoconsumption(),
                            p.complement(), p.rate()));
                    p.supplierPeriods().forEach(period -> Sheets.append(suppliers, List.of(p.usagePointId(),
                            period.start().toString(), period.end().toString(), period.supplierCalendar().name(),
                            period.consumption(), period.autoconsumption(), period.complement())));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
