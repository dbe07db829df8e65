package fr.accdatahub.request.domain;

import fr.accdatahub.agreement.domain.AgreementSnapshot;
import fr.accdatahub.agreement.domain.AnnexTwoWorkbook;
import fr.accdatahub.agreement.domain.AnnexTwoWorkbook.ConsumerRow;
import fr.accdatahub.agreement.domain.AnnexTwoWorkbook.Content;
import fr.accdatahub.agreement.domain.AnnexTwoWorkbook.ProducerRow;
import fr.accdatahub.agreement.domain.Attachment;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.request.domain.ChangeRequest.Coefficient;
import fr.accdatahub.request.domain.ChangeRequest.NewParticipant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The requests an annex 2 workbook makes, from its effective date: one per row that differs from the perimeter in force
 * that day. A row of a PRM not attached in that role is an entry, a consumer's row with another static coefficient a
 * coefficient change, another key type in Modalités a key type change; a participant the workbook no longer lists
 * leaves (a request without a row). Master data alone makes no request. Plain Java.
 */
public final class WorkbookRequests {

    /** A request and where it comes from: a sheet and row, or none for a participant the workbook left out. */
    public record Numbered(String sheet, Integer row, ChangeRequest request) {
    }

    private WorkbookRequests() {
    }

    public static List<Numbered> of(Content workbook, AgreementSnapshot snapshot, LocalDate effective) {
        List<Numbered> requests = new ArrayList<>();
        for (ConsumerRow row : workbook.consumers()) {
            Attachment attached = RequestRules.attached(snapshot.attachments(), row.usagePointId(), Role.CONS,
                    effective);
            if (attached == null) {
                requests.add(new Numbered("Consommateurs", row.row(), entry(effective, new NewParticipant(
                        row.usagePointId(), Role.CONS, row.holderName(), row.address(), null, siret(row.siretOrRna()),
                        rna(row.siretOrRna()), null, null, null, row.staticCoefficient()))));
            } else if (row.staticCoefficient() != null && (attached.staticCoefficient() == null
                    || attached.staticCoefficient().compareTo(row.staticCoefficient()) != 0)) {
                requests.add(new Numbered("Consommateurs", row.row(), new ChangeRequest(
                        RequestType.STATIC_COEFFICIENTS_CHANGE, effective, null, null, null, null,
                        List.of(new Coefficient(row.usagePointId(), row.staticCoefficient())))));
            }
        }
        for (ProducerRow row : workbook.producers()) {
            if (RequestRules.attached(snapshot.attachments(), row.usagePointId(), Role.PROD, effective) == null) {
                requests.add(new Numbered("Producteurs", row.row(), entry(effective, new NewParticipant(
                        row.usagePointId(), Role.PROD, row.holderName(), row.address(), null, siret(row.siretOrRna()),
                        rna(row.siretOrRna()), row.email(), row.injectionContractRef(), row.installedPowerKva(),
                        null))));
            }
        }
        exits(workbook.consumers().stream().map(ConsumerRow::usagePointId).collect(Collectors.toSet()), Role.CONS,
                snapshot, effective, requests);
        exits(workbook.producers().stream().map(ProducerRow::usagePointId).collect(Collectors.toSet()), Role.PROD,
                snapshot, effective, requests);
        if (workbook.keyType() != snapshot.agreement().keyType(effective)) {
            requests.add(new Numbered("Modalités", 2, new ChangeRequest(RequestType.KEY_TYPE_CHANGE, effective, null,
                    null, null, workbook.keyType(), null)));
        }
        return requests;
    }

    private static void exits(Set<String> listed, Role role, AgreementSnapshot snapshot, LocalDate effective,
            List<Numbered> requests) {
        snapshot.attachments().stream()
                .filter(a -> a.role() == role && a.period().contains(effective) && !listed.contains(a.usagePointId()))
                .map(Attachment::usagePointId)
                .distinct()
                .sorted()
                .forEach(prm -> requests.add(new Numbered(null, null, new ChangeRequest(RequestType.PARTICIPANT_EXIT,
                        effective, null, prm, role, null, null))));
    }

    private static ChangeRequest entry(LocalDate effective, NewParticipant participant) {
        return new ChangeRequest(RequestType.PARTICIPANT_ENTRY, effective, participant, null, null, null, null);
    }

    private static String siret(String siretOrRna) {
        return siretOrRna == null || AnnexTwoWorkbook.isRna(siretOrRna) ? null : siretOrRna;
    }

    private static String rna(String siretOrRna) {
        return AnnexTwoWorkbook.isRna(siretOrRna) ? siretOrRna : null;
    }
}
