package fr.accdatahub.operator;

import fr.accdatahub.agreement.AgreementAdministration;
import fr.accdatahub.agreement.AgreementChange;
import fr.accdatahub.agreement.AgreementRequest;
import fr.accdatahub.agreement.AgreementView;
import fr.accdatahub.agreement.AttachmentRequest;
import fr.accdatahub.agreement.ParticipantView;
import fr.accdatahub.agreement.PerimeterAdministration;
import fr.accdatahub.agreement.Role;
import fr.accdatahub.auth.ClientRole;
import fr.accdatahub.error.Params;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The grid operator's side: agreements and their perimeters. */
@Path("/operator/v1/agreements")
@RolesAllowed(ClientRole.OPERATOR_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorAgreementResource {

    private final AgreementAdministration agreements;
    private final PerimeterAdministration perimeters;

    public OperatorAgreementResource(AgreementAdministration agreements, PerimeterAdministration perimeters) {
        this.agreements = agreements;
        this.perimeters = perimeters;
    }

    @POST
    public Uni<Response> create(@Valid @NotNull AgreementRequest request) {
        return agreements.create(request).map(created -> Response
                .created(URI.create("/collective_self_consumption/v4/agreements/" + created.agreementId()))
                .entity(created)
                .build());
    }

    @PUT
    @Path("/{agreement_id}")
    public Uni<AgreementView> change(@PathParam("agreement_id") String agreementId,
            @Valid @NotNull AgreementChange change) {
        return agreements.change(Params.agreementId(agreementId), change);
    }

    @PUT
    @Path("/{agreement_id}/participants/{usage_point_id}/{role}")
    public Uni<Response> attach(@PathParam("agreement_id") String agreementId,
            @PathParam("usage_point_id") String usagePointId, @PathParam("role") String role,
            @Valid @NotNull AttachmentRequest request) {
        return perimeters.attach(Params.agreementId(agreementId), Params.usagePointId(usagePointId), Role.of(role),
                        request)
                .map(attached -> Response.status(attached.created() ? 201 : 200).entity(attached.participant()).build());
    }

    @DELETE
    @Path("/{agreement_id}/participants/{usage_point_id}/{role}")
    public Uni<ParticipantView> end(@PathParam("agreement_id") String agreementId,
            @PathParam("usage_point_id") String usagePointId, @PathParam("role") String role,
            @QueryParam("end") String end) {
        return perimeters.end(Params.agreementId(agreementId), Params.usagePointId(usagePointId), Role.of(role),
                Params.date("end", end));
    }
}
