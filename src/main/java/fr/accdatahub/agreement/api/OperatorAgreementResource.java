package fr.accdatahub.agreement.api;

import fr.accdatahub.agreement.AgreementAdministration;
import fr.accdatahub.agreement.PerimeterAdministration.Attached;
import fr.accdatahub.agreement.PerimeterAdministration;
import fr.accdatahub.agreement.domain.Role;
import fr.accdatahub.identifier.AgreementId;
import fr.accdatahub.identifier.UsagePointId;
import fr.accdatahub.identity.Audited;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.web.Params;
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
import java.time.LocalDate;

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
                .created(URI.create("/collective_self_consumption/v4/agreements/" + created.agreement().id()))
                .entity(AgreementView.of(created))
                .build());
    }

    @Audited
    @PUT
    @Path("/{agreement_id}")
    public Uni<AgreementView> change(@PathParam("agreement_id") AgreementId agreementId,
            @Valid @NotNull AgreementChange change) {
        return agreements.change(agreementId.value(), change).map(AgreementView::of);
    }

    @Audited
    @PUT
    @Path("/{agreement_id}/participants/{usage_point_id}/{role}")
    public Uni<Response> attach(@PathParam("agreement_id") AgreementId agreementId,
            @PathParam("usage_point_id") UsagePointId usagePointId, @PathParam("role") String role,
            @Valid @NotNull AttachmentRequest request) {
        return perimeters.attach(agreementId.value(), usagePointId.value(), Role.of(role), request)
                .map(attached -> Response.status(attached.created() ? 201 : 200).entity(view(attached)).build());
    }

    @Audited
    @DELETE
    @Path("/{agreement_id}/participants/{usage_point_id}/{role}")
    public Uni<ParticipantView> end(@PathParam("agreement_id") AgreementId agreementId,
            @PathParam("usage_point_id") UsagePointId usagePointId, @PathParam("role") String role,
            @QueryParam("end") LocalDate end) {
        return perimeters.end(agreementId.value(), usagePointId.value(), Role.of(role),
                        Params.required("end", end))
                .map(OperatorAgreementResource::view);
    }

    private static ParticipantView view(Attached attached) {
        return ParticipantView.of(attached.attachment(), attached.agreement().keyType());
    }
}
