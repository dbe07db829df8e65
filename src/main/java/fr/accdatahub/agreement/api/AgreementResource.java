package fr.accdatahub.agreement.api;

import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.agreement.domain.AnnexTwoWorkbook;
import fr.accdatahub.agreement.domain.PerimeterCsv;
import fr.accdatahub.agreement.domain.PerimeterOn;
import fr.accdatahub.identifier.AgreementId;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.web.Media;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Agreements and perimeters, on the real Datahub paths. */
@Path("/collective_self_consumption/v4/agreements")
@RolesAllowed({ClientRole.PMO_ROLE, ClientRole.OPERATOR_ROLE})
public class AgreementResource {

    private final AgreementService agreements;
    private final SecurityIdentity identity;

    public AgreementResource(AgreementService agreements, SecurityIdentity identity) {
        this.agreements = agreements;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Map<String, List<AgreementView>>> list() {
        return agreements.list(Caller.of(identity))
                .map(list -> Map.of("agreements", list.stream().map(AgreementView::of).toList()));
    }

    @GET
    @Path("/{agreement_id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<AgreementView> get(@PathParam("agreement_id") AgreementId agreementId,
            @QueryParam("date") LocalDate date) {
        return agreements.get(Caller.of(identity), agreementId.value(), Optional.ofNullable(date))
                .map(AgreementView::of);
    }

    @GET
    @Path("/{agreement_id}/perimeter")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<PerimeterView> perimeter(@PathParam("agreement_id") AgreementId agreementId,
            @QueryParam("date") LocalDate date) {
        return perimeterAt(agreementId, date)
                .map(perimeter -> new PerimeterView(agreementId.value(), perimeter.attachments().stream()
                        .map(a -> ParticipantView.of(a, perimeter.agreement().keyType()))
                        .toList()));
    }

    @GET
    @Path("/{agreement_id}/perimeter")
    @Produces(AnnexTwoWorkbook.MEDIA_TYPE + ";qs=0.4")
    public Uni<Response> perimeterWorkbook(@PathParam("agreement_id") AgreementId agreementId,
            @QueryParam("date") LocalDate date) {
        return perimeterAt(agreementId, date)
                .map(perimeter -> Response.ok(AnnexTwoWorkbook.write(perimeter), AnnexTwoWorkbook.MEDIA_TYPE)
                        .header(HttpHeaders.CONTENT_DISPOSITION, Media.attachment(AnnexTwoWorkbook.fileName(
                                agreementId.value(), perimeter.agreement().day())))
                        .build());
    }

    @GET
    @Path("/{agreement_id}/perimeter")
    @Produces(Media.TEXT_CSV + ";qs=0.5")
    public Uni<Response> perimeterCsv(@PathParam("agreement_id") AgreementId agreementId,
            @QueryParam("date") LocalDate date) {
        return perimeterAt(agreementId, date)
                .map(perimeter -> Media.csv(PerimeterCsv.FILE_NAME, PerimeterCsv.write(perimeter.attachments())));
    }

    private Uni<PerimeterOn> perimeterAt(AgreementId agreementId, LocalDate date) {
        return agreements.perimeter(Caller.of(identity), agreementId.value(), Optional.ofNullable(date));
    }
}
