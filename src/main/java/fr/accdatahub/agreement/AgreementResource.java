package fr.accdatahub.agreement;

import fr.accdatahub.auth.Caller;
import fr.accdatahub.auth.ClientRole;
import fr.accdatahub.error.Params;
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
import java.util.List;
import java.util.Map;

/** Agreements and perimeters, on the real Datahub paths. */
@Path("/collective_self_consumption/v4/agreements")
@RolesAllowed({ClientRole.PMO_ROLE, ClientRole.OPERATOR_ROLE})
public class AgreementResource {

    public static final String TEXT_CSV = "text/csv";

    private final AgreementService agreements;
    private final SecurityIdentity identity;

    public AgreementResource(AgreementService agreements, SecurityIdentity identity) {
        this.agreements = agreements;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Map<String, List<AgreementView>>> list() {
        return agreements.list(Caller.of(identity)).map(list -> Map.of("agreements", list));
    }

    @GET
    @Path("/{agreement_id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<AgreementView> get(@PathParam("agreement_id") String agreementId) {
        return agreements.get(Caller.of(identity), Params.agreementId(agreementId));
    }

    @GET
    @Path("/{agreement_id}/perimeter")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<PerimeterView> perimeter(@PathParam("agreement_id") String agreementId,
            @QueryParam("date") String date) {
        return agreements.perimeter(Caller.of(identity), Params.agreementId(agreementId),
                Params.optionalDate("date", date));
    }

    @GET
    @Path("/{agreement_id}/perimeter")
    @Produces(TEXT_CSV + ";qs=0.5")
    public Uni<Response> perimeterCsv(@PathParam("agreement_id") String agreementId,
            @QueryParam("date") String date) {
        return perimeter(agreementId, date).map(perimeter -> Response
                .ok(PerimeterCsv.write(perimeter.participants()), TEXT_CSV + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + PerimeterCsv.FILE_NAME + "\"")
                .build());
    }
}
