package fr.accdatahub.web;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;

/** A JSON answer written straight to the response by a generator (bodies too large to hold as objects). */
public final class JsonStream {

    /** What writes the body. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonStream() {
    }

    public static Response ok(ObjectMapper json, Body body) {
        StreamingOutput answer = out -> {
            try (JsonGenerator generator = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                body.write(generator);
            }
        };
        return Response.ok(answer, MediaType.APPLICATION_JSON).build();
    }
}
