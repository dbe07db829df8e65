package fr.accdatahub.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.failure.InvalidRequest;
import java.io.IOException;

/** Reads large JSON bodies where the caller chooses (off the event loop), with the one 400 for what is malformed. */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static <T> T read(ObjectMapper json, byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw new InvalidRequest("The request body is empty");
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw new InvalidRequest("The request body must be a JSON object");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new InvalidRequest(ErrorMappers.describe(e));
        } catch (IOException e) {
            throw new InvalidRequest("The request body cannot be read");
        }
    }
}
