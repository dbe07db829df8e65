package fr.accdatahub.rawcurve.api;

import fr.accdatahub.identifier.AgreementId;
import fr.accdatahub.identity.Audited;
import fr.accdatahub.identity.ClientRole;
import fr.accdatahub.rawcurve.RawCurveService;
import fr.accdatahub.web.Media;
import fr.accdatahub.web.Params;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The grid operator's side of meters: raw load curves in, as JSON or as the annex 6 CDC file. */
@Path("/operator/v1/agreements/{agreement_id}/raw_load_curves")
@RolesAllowed(ClientRole.OPERATOR_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class RawCurveResource {

    private final RawCurveService rawCurves;

    public RawCurveResource(RawCurveService rawCurves) {
        this.rawCurves = rawCurves;
    }

    @Audited
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RawCurveService.Loaded> loadJson(@PathParam("agreement_id") AgreementId agreementId, byte[] body) {
        return rawCurves.loadJson(agreementId.value(), body);
    }

    @Audited
    @PUT
    @Consumes(Media.TEXT_CSV)
    public Uni<RawCurveService.Loaded> loadFile(@PathParam("agreement_id") AgreementId agreementId,
            @HeaderParam(HttpHeaders.CONTENT_DISPOSITION) String disposition, @QueryParam("filename") String fileName,
            byte[] body) {
        return rawCurves.loadFile(agreementId.value(), Params.fileName(disposition, fileName), body);
    }
}
