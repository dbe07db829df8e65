package fr.accdatahub.fault.api;

import fr.accdatahub.fault.FaultSwitches;
import fr.accdatahub.fault.domain.FaultKind;
import fr.accdatahub.fault.domain.FaultSwitch;
import fr.accdatahub.identity.Caller;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Applies the sandbox's fault switches to the Datahub API's requests ({@code /collective_self_consumption/…}; the
 * token endpoint and the operator's are never hit): the delays of the LATENCY switches that hit, then the first
 * refusal, answered in the one error format by the error mappers. Whatever a switch did carries
 * {@code X-Fault-Injected: true}.
 */
public class FaultFilter {

    private static final String INJECTED = "acc.fault-injected";
    private static final Pattern API = Pattern.compile("^/?collective_self_consumption/");
    private static final Pattern MEASURES = Pattern.compile(
            "/(definitive_load_curves|definitive_active_energy/|indicators|packages/)");
    private static final String USAGE_POINT = "usage_point_id";

    private final FaultSwitches faults;
    private final CurrentIdentityAssociation identities;

    public FaultFilter(FaultSwitches faults, CurrentIdentityAssociation identities) {
        this.faults = faults;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> inject(ContainerRequestContext request, UriInfo uri) {
        String path = uri.getPath();
        if (!faults.exist() || !API.matcher(path).find()) {
            return Uni.createFrom().voidItem();
        }
        return Caller.ofRequest(identities).chain(caller -> {
            if (caller == null) {
                return Uni.createFrom().voidItem();
            }
            String usagePoint = Optional.ofNullable(uri.getPathParameters().getFirst(USAGE_POINT))
                    .orElse(uri.getQueryParameters().getFirst(USAGE_POINT));
            return faults.hittingRequest(caller.clientId(), usagePoint, MEASURES.matcher(path).find())
                    .chain(hits -> apply(request, hits));
        });
    }

    private static Uni<Void> apply(ContainerRequestContext request, List<FaultSwitch> hits) {
        if (hits.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        request.setProperty(INJECTED, Boolean.TRUE);
        return FaultSwitches.delays(hits, FaultKind.LATENCY)
                .chain(() -> hits.stream().flatMap(hit -> hit.refusal().stream()).findFirst()
                        .map(refusal -> Uni.createFrom().<Void>failure(refusal))
                        .orElse(Uni.createFrom().voidItem()));
    }

    @ServerResponseFilter
    public void mark(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(INJECTED) != null) {
            response.getHeaders().putSingle("X-Fault-Injected", "true");
        }
    }
}
