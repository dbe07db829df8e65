package fr.accdatahub.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that submits for an agreement (keys, requests) or for the client (its webhook's registration and
 * test): a mandate without the {@code submit} scope is refused with a 403 before the body is read, and the call is
 * written to the audit trail.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Submits {
}
