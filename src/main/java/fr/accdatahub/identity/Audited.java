package fr.accdatahub.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write the audit trail records beside the submissions ({@link Submits}): the operator's on an agreement
 * (calculations, the agreement's status and perimeter, raw curves, mandates) and a client's removal of its webhook.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {
}
