package fr.accdatahub.simulation.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.identifier.AgreementId;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.simulation.KeyGenerator;
import fr.accdatahub.simulation.domain.GeneratedKeys;
import fr.accdatahub.web.JsonStream;
import fr.accdatahub.web.Media;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Key generators (designed here): keys made by a strategy from reference curves, as a submission's body or as an
 * annex 5 file ({@code Accept: text/plain}), ready to send back.
 */
@Path("/collective_self_consumption/v4/agreements/{agreement_id}/repartition_keys/generate")
@RolesAllowed({ClientRole.PMO_ROLE, ClientRole.OPERATOR_ROLE})
public class KeyGenerationResource {

    private final KeyGenerator generator;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public KeyGenerationResource(KeyGenerator generator, SecurityIdentity identity, ObjectMapper json) {
        this.generator = generator;
        this.identity = identity;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> submission(@PathParam("agreement_id") AgreementId agreementId, byte[] body) {
        return generator.generate(Caller.of(identity), agreementId.value(), body).map(generated -> JsonStream.ok(json,
                out -> GeneratedKeys.write(out, generated.keyType(), generated.keys())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN + ";qs=0.5")
    public Uni<Response> file(@PathParam("agreement_id") AgreementId agreementId, byte[] body) {
        return generator.generate(Caller.of(identity), agreementId.value(), body).map(generated -> {
            var file = GeneratedKeys.file(generated.agreementId(), generated.keyType(), generated.days(),
                    generated.stepMinutes(), generated.keys());
            return Response.ok(file.getValue(), MediaType.TEXT_PLAIN + ";charset=UTF-8")
                    .header("Content-Disposition", Media.attachment(file.getKey())).build();
        });
    }
}
