package fr.accdatahub.auth;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The first operator client of a deployment ({@code acc.operator.*}), created at start when both are set. */
@ConfigMapping(prefix = "acc.operator")
public interface OperatorSettings {

    Optional<String> clientId();

    Optional<String> clientSecret();
}
