package fr.accdatahub.auth;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * How failed attempts at the token endpoint are throttled ({@code acc.lockout.*}): a client id, or a source address,
 * with {@code failures} (or {@code addressFailures}) failed attempts within {@code window} is refused for
 * {@code duration}.
 */
@ConfigMapping(prefix = "acc.lockout")
public interface LockoutSettings {

    /** Failed attempts of one client id within the window that lock it out. */
    int failures();

    /** Failed attempts from one source address within the window that lock it out. */
    int addressFailures();

    /** The window the failures are counted over. */
    Duration window();

    /** How long a lockout lasts. */
    Duration duration();
}
