package fr.accdatahub.web;

import fr.accdatahub.failure.InvalidRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bean validation of a body read by a service itself (after it has checked what the caller may see), with the same
 * 400 as the REST layer's: each violated field named as the JSON names it.
 */
public final class BeanChecks {

    private BeanChecks() {
    }

    public static <T> T valid(Validator validator, T body) {
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations.stream()
                    .map(v -> ErrorMappers.snakeCase(v.getPropertyPath().toString()) + ": " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; ")));
        }
        return body;
    }
}
