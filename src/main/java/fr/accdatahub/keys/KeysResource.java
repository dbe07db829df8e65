package fr.accdatahub.keys;

import fr.accdatahub.auth.Caller;
import fr.accdatahub.auth.ClientRole;
import fr.accdatahub.error.Params;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Dynamic repartition keys: submissions (JSON or annex 5 file), the keys in force, the submission history. */
@Path("/collective_self_consumption/v4/agreements/{agreement_id}/repartition_keys")
@RolesAllowed({ClientRole.PMO_ROLE, ClientRole.OPERATOR_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class KeysResource {

    private final KeyService keys;
    private final KeyReader reader;
    private final SubmissionHistory history;
    private final SecurityIdentity identity;

    public KeysResource(KeyService keys, KeyReader reader, SubmissionHistory history, SecurityIdentity identity) {
        this.keys = keys;
        this.reader = reader;
        this.history = history;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> submit(@PathParam("agreement_id") String agreementId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, byte[] body) {
        return keys.submit(Caller.of(identity), Params.agreementId(agreementId), new KeyService.Submitted.Json(body),
                idempotencyKey).map(KeysResource::json);
    }

    @POST
    @Path("/files")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Uni<Response> submitFile(@PathParam("agreement_id") String agreementId,
            @HeaderParam(HttpHeaders.CONTENT_DISPOSITION) String disposition,
            @QueryParam("filename") String fileName,
            @HeaderParam("Idempotency-Key") String idempotencyKey, byte[] body) {
        String name = Params.fileName(disposition, fileName);
        return keys.submit(Caller.of(identity), Params.agreementId(agreementId),
                new KeyService.Submitted.File(name, body), idempotencyKey).map(KeysResource::json);
    }

    @GET
    public Uni<KeysInForce> inForce(@PathParam("agreement_id") String agreementId,
            @QueryParam("start") String start, @QueryParam("end") String end) {
        return reader.inForce(Caller.of(identity), Params.agreementId(agreementId), start, end);
    }

    @GET
    @Path("/submissions")
    public Uni<SubmissionHistory.Page> submissions(@PathParam("agreement_id") String agreementId,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        return history.page(Caller.of(identity), Params.agreementId(agreementId), Params.integer("page", page),
                Params.integer("size", size));
    }

    @GET
    @Path("/submissions/{submission_id}")
    public Uni<Response> submission(@PathParam("agreement_id") String agreementId,
            @PathParam("submission_id") String submissionId) {
        return history.report(Caller.of(identity), Params.agreementId(agreementId), submissionId)
                .map(KeysResource::json);
    }

    private static Response json(String body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
