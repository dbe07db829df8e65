package fr.accdatahub.clock;

import io.smallrye.config.ConfigMapping;

/**
 * The sandbox's switches ({@code acc.sandbox.*}): a clock that the operator can set, and the demo data made on first
 * start. Both are on when the service runs on its embedded database.
 */
@ConfigMapping(prefix = "acc.sandbox")
public interface SandboxSettings {

    /** Whether {@code PUT}/{@code DELETE /operator/v1/clock} may move the service's clock. */
    boolean enabled();

    /** Whether the demo agreements, clients and curves are made on first start. */
    boolean seed();
}
