package fr.accdatahub.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The one error shape of the API (RFC 6749 §5.2 style): {@code {"error", "error_description", "error_uri"?}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@RegisterForReflection
public record ErrorBody(
        @JsonProperty("error") String error,
        @JsonProperty("error_description") String errorDescription,
        @JsonProperty("error_uri") String errorUri) {

    public ErrorBody(String error, String errorDescription) {
        this(error, errorDescription, null);
    }
}
