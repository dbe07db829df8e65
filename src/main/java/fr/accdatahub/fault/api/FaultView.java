package fr.accdatahub.fault.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.fault.domain.FaultKind;
import fr.accdatahub.fault.domain.FaultSwitch;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A fault switch as it was set, with its expiry; durations in ISO 8601. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultView(String clientId, String usagePointId, FaultKind kind, BigDecimal share, String delay,
        long seed, OffsetDateTime setAt, OffsetDateTime expiresAt) {

    static FaultView of(FaultSwitch fault) {
        return new FaultView(fault.clientId(), fault.usagePointId(), fault.kind(), fault.share(),
                fault.delay() == null ? null : fault.delay().toString(), fault.seed(), Paris.local(fault.setAt()),
                Paris.local(fault.expiresAt()));
    }
}
