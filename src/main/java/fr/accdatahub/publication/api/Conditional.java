package fr.accdatahub.publication.api;

import fr.accdatahub.keys.domain.Sha256;
import jakarta.ws.rs.core.EntityTag;
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

    /** The tag of a body: its SHA-256. */
    static String of(byte[] body) {
        return Sha256.hex(sha -> sha.update(body));
    }
}
