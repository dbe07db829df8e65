package fr.accdatahub.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Reads large JSON bodies where the caller chooses (off the event loop), with the one 400 for what is malformed. */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static <T> T read(ObjectMapper json, byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw ApiException.badRequest("The request body is empty");
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw ApiException.badRequest("The request body must be a JSON object");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(ErrorMappers.describe(e));
        } catch (IOException e) {
            throw ApiException.badRequest("The request body cannot be read");
        }
    }
}
