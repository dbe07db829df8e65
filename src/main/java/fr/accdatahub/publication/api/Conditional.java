package fr.accdatahub.publication.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.keys.domain.Sha256;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * Conditional GETs of published data: an answer carries a strong {@code ETag}; a request whose {@code If-None-Match}
 * names it gets a 304 without a body.
 */
final class Conditional {

    private Conditional() {
    }

    /** The 304 when the client holds {@code tag}, else the answer {@code ok} builds, tagged. */
    static Response respond(Request request, String tag, Supplier<Response.ResponseBuilder> ok) {
        EntityTag entityTag = new EntityTag(tag);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(entityTag);
        return (unchanged != null ? unchanged : ok.get()).tag(entityTag).build();
    }

    /** An answer as JSON, tagged with the SHA-256 of its body. */
    static Response json(Request request, ObjectMapper json, Object view) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the answer", e);
        }
        return respond(request, Sha256.hex(sha -> sha.update(body)),
                () -> Response.ok(body, MediaType.APPLICATION_JSON));
    }
}
