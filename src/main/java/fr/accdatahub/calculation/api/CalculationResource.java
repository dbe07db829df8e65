package fr.accdatahub.calculation.api;

import fr.accdatahub.calculation.CalculationService;
import fr.accdatahub.calculation.domain.Calculation;
import fr.accdatahub.identifier.AgreementId;
import fr.accdatahub.identity.Audited;
import fr.accdatahub.identity.ClientRole;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The grid operator's calculation runs: one started by hand, and every run of an agreement. */
@Path("/operator/v1/agreements/{agreement_id}/calculations")
@RolesAllowed(ClientRole.OPERATOR_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class CalculationResource {

    public record CalculationRequest(@NotNull LocalDate periodStart) {
    }

    private final CalculationService calculations;

    public CalculationResource(CalculationService calculations) {
        this.calculations = calculations;
    }

    @Audited
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Calculation> calculate(@PathParam("agreement_id") AgreementId agreementId,
            @Valid @NotNull CalculationRequest request) {
        return calculations.run(agreementId.value(), request.periodStart(), Calculation.Trigger.OPERATOR);
    }

    @GET
    public Uni<Map<String, List<Calculation>>> list(@PathParam("agreement_id") AgreementId agreementId) {
        return calculations.list(agreementId.value()).map(list -> Map.of("calculations", list));
    }
}
