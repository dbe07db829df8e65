package fr.accdatahub.audit.api;

import fr.accdatahub.audit.AuditTrail;
import fr.accdatahub.identifier.AgreementId;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;

/** An agreement's audit trail, for its PMO and the operator. */
@Path("/collective_self_consumption/v4/agreements/{agreement_id}/audit")
@RolesAllowed({ClientRole.PMO_ROLE, ClientRole.OPERATOR_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail trail;
    private final SecurityIdentity identity;

    public AuditResource(AuditTrail trail, SecurityIdentity identity) {
        this.trail = trail;
        this.identity = identity;
    }

    @GET
    public Uni<AuditPage> read(@PathParam("agreement_id") AgreementId agreementId,
            @QueryParam("start") LocalDate start, @QueryParam("end") LocalDate end,
            @QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        return trail.read(Caller.of(identity), agreementId.value(), start, end, after, limit).map(AuditPage::of);
    }
}
