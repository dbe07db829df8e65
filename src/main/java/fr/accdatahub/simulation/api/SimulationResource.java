package fr.accdatahub.simulation.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.identifier.AgreementId;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.publication.domain.CurveJson;
import fr.accdatahub.publication.domain.Quantity;
import fr.accdatahub.simulation.Simulations;
import fr.accdatahub.simulation.domain.SimulationView;
import fr.accdatahub.web.JsonStream;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Simulations (designed here): what keys would give on a range, computed as the calculation would, stored nowhere. */
@Path("/collective_self_consumption/v4/agreements/{agreement_id}/simulations")
@RolesAllowed({ClientRole.PMO_ROLE, ClientRole.OPERATOR_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class SimulationResource {

    private final Simulations simulations;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public SimulationResource(Simulations simulations, SecurityIdentity identity, ObjectMapper json) {
        this.simulations = simulations;
        this.identity = identity;
        this.json = json;
    }

    /**
     * The answer, and with {@code curves=true} every curve of the range, streamed (fields written one by one: the
     * decimals keep their scale, as in the other answers).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> simulate(@PathParam("agreement_id") AgreementId agreementId,
            @QueryParam("curves") @DefaultValue("false") boolean curves, byte[] body) {
        return simulations.simulate(Caller.of(identity), agreementId.value(), body).map(outcome -> JsonStream.ok(json,
                generator -> {
                    SimulationView view = outcome.view();
                    generator.writeStartObject();
                    generator.writeObjectField("indicators", view.indicators());
                    generator.writeObjectField("participants", view.participants());
                    if (view.comparedWithPublished() != null) {
                        generator.writeObjectField("compared_with_published", view.comparedWithPublished());
                    }
                    if (view.refusedSteps() != null) {
                        generator.writeObjectField("refused_steps", view.refusedSteps());
                    }
                    if (curves) {
                        CurveJson.curves(generator, outcome.simulated(), Quantity.CURVE_TYPES, null);
                    }
                    generator.writeEndObject();
                }));
    }
}
