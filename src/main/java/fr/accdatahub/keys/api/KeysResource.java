package fr.accdatahub.keys.api;

import fr.accdatahub.identifier.AgreementId;
import fr.accdatahub.identifier.UsagePointId;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.identity.Submits;
import fr.accdatahub.keys.KeyReader;
import fr.accdatahub.keys.KeyService;
import fr.accdatahub.keys.SubmissionHistory;
import fr.accdatahub.keys.domain.KeysInForce;
import fr.accdatahub.web.Params;
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

    @Submits
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> submit(@PathParam("agreement_id") AgreementId agreementId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, byte[] body) {
        return keys.submit(Caller.of(identity), agreementId.value(), new KeyService.Submitted.Json(body),
                idempotencyKey).map(KeysResource::json);
    }

    @Submits
    @POST
    @Path("/files")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Uni<Response> submitFile(@PathParam("agreement_id") AgreementId agreementId,
            @HeaderParam(HttpHeaders.CONTENT_DISPOSITION) String disposition,
            @QueryParam("filename") String fileName, @QueryParam("producer") UsagePointId producer,
            @HeaderParam("Idempotency-Key") String idempotencyKey, byte[] body) {
        String name = Params.fileName(disposition, fileName);
        return keys.submit(Caller.of(identity), agreementId.value(), new KeyService.Submitted.File(name, body,
                producer == null ? null : producer.value()), idempotencyKey).map(KeysResource::json);
    }

    @GET
    public Uni<KeysInForce> inForce(@PathParam("agreement_id") AgreementId agreementId,
            @QueryParam("start") String start, @QueryParam("end") String end) {
        return reader.inForce(Caller.of(identity), agreementId.value(), start, end);
    }

    @GET
    @Path("/submissions")
    public Uni<SubmissionHistory.Page> submissions(@PathParam("agreement_id") AgreementId agreementId,
            @QueryParam("page") @DefaultValue("0") Integer page, @QueryParam("size") @DefaultValue("50") Integer size) {
        return history.page(Caller.of(identity), agreementId.value(), page, size);
    }

    @GET
    @Path("/submissions/{submission_id}")
    public Uni<Response> submission(@PathParam("agreement_id") AgreementId agreementId,
            @PathParam("submission_id") String submissionId) {
        return history.report(Caller.of(identity), agreementId.value(), Params.uuid("submission_id", submissionId))
                .map(KeysResource::json);
    }

    private static Response json(String body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
