package fr.accdatahub.auth.api;

import fr.accdatahub.auth.ClientAdministration;
import fr.accdatahub.identifier.AgreementId;
import fr.accdatahub.identity.Audited;
import fr.accdatahub.identity.ClientRole;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The grid operator's side: API clients and their mandates. */
@Path("/operator/v1/clients")
@RolesAllowed(ClientRole.OPERATOR_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class OperatorClientResource {

    private final ClientAdministration clients;

    public OperatorClientResource(ClientAdministration clients) {
        this.clients = clients;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@Valid @NotNull ClientRequest request) {
        return clients.create(request).map(created -> Response.status(201)
                .header("Cache-Control", "no-store")
                .entity(created)
                .build());
    }

    @GET
    public Uni<Map<String, List<ClientView>>> list() {
        return clients.list().map(list -> Map.of("clients", list));
    }

    @DELETE
    @Path("/{client_id}")
    public Uni<Response> delete(@PathParam("client_id") String clientId) {
        return clients.delete(clientId).map(nothing -> Response.noContent().build());
    }

    @Audited
    @PUT
    @Path("/{client_id}/mandates/{agreement_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> mandate(@PathParam("client_id") String clientId,
            @PathParam("agreement_id") AgreementId agreementId, MandateTerms terms) {
        return clients.mandate(clientId, terms == null ? MandateTerms.openEnded(agreementId.value())
                : terms.of(agreementId.value())).map(nothing -> Response.noContent().build());
    }

    /** A new secret, shown once; the previous one works until {@code previous_valid_until}. */
    @POST
    @Path("/{client_id}/secrets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> rotateSecret(@PathParam("client_id") String clientId,
            @Valid @NotNull SecretRotation rotation) {
        return clients.rotateSecret(clientId, rotation.previousValidUntil().toInstant()).map(rotated -> Response
                .status(201).header("Cache-Control", "no-store").entity(rotated).build());
    }

    public record SecretRotation(@NotNull OffsetDateTime previousValidUntil) {
    }

    @Audited
    @DELETE
    @Path("/{client_id}/mandates/{agreement_id}")
    public Uni<Response> revokeMandate(@PathParam("client_id") String clientId,
            @PathParam("agreement_id") AgreementId agreementId) {
        return clients.revokeMandate(clientId, agreementId.value())
                .map(nothing -> Response.noContent().build());
    }
}
