package fr.accdatahub.scenario.api;

import fr.accdatahub.agreement.domain.KeyType;
import fr.accdatahub.clock.Sandbox;
import fr.accdatahub.identifier.AgreementId;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.scenario.ScenarioService;
import fr.accdatahub.scenario.domain.Scenarios;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** The sandbox's scenarios: list them, make one for a pmo client, remove one. Absent (404) outside the sandbox. */
@Path("/operator/v1/scenarios")
@RolesAllowed(ClientRole.OPERATOR_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class ScenarioResource {

    public record ScenarioRequest(@NotBlank String clientId) {
    }

    public record ScenarioSummary(String name, String description, KeyType keyType) {
    }

    private final ScenarioService scenarios;
    private final Sandbox sandbox;

    public ScenarioResource(ScenarioService scenarios, Sandbox sandbox) {
        this.scenarios = scenarios;
        this.sandbox = sandbox;
    }

    @GET
    public Map<String, List<ScenarioSummary>> list() {
        sandbox.require("Scenarios");
        return Map.of("scenarios", Scenarios.ALL.stream()
                .map(s -> new ScenarioSummary(s.name(), s.description(), s.keyType())).toList());
    }

    /** One path for both, as OpenAPI wants: a scenario's name to make one, the agreement it made to remove it. */
    @POST
    @Path("/{scenario}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> make(@PathParam("scenario") String name, @Valid @NotNull ScenarioRequest request) {
        sandbox.require("Scenarios");
        return scenarios.make(name, request.clientId()).map(made -> Response
                .created(URI.create("/collective_self_consumption/v4/agreements/" + made.agreementId()))
                .entity(ScenarioView.of(made)).build());
    }

    @DELETE
    @Path("/{scenario}")
    public Uni<Response> remove(@PathParam("scenario") AgreementId agreementId) {
        sandbox.require("Scenarios");
        return scenarios.remove(agreementId.value()).map(nothing -> Response.noContent().build());
    }
}
