package fr.accdatahub.web;

import fr.accdatahub.failure.ErrorCodes;
import fr.accdatahub.failure.InvalidRequest;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code application/x-www-form-urlencoded} body of a token request, read as OAuth2 asks (RFC 6749 §3.2): a
 * parameter sent without a value counts as omitted, one of the parameters read given twice is a 400
 * {@code invalid_request}, unknown ones are ignored. The body must be that media type (415 otherwise), percent-encoded
 * UTF-8 (a malformed escape or byte sequence is a 400), and at most
 * {@link HttpFallbacks#TOKEN_REQUEST_MAX} long (413; a declared length over it is refused before the body is read).
 */
public final class FormBody {

    private final Map<String, List<String>> values;

    private FormBody(Map<String, List<String>> values) {
        this.values = values;
    }

    public static FormBody parse(String contentType, String body) {
        if (!isForm(contentType)) {
            throw new HttpError(415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
                    "Send the request as " + MediaType.APPLICATION_FORM_URLENCODED);
        }
        if (body != null && body.length() > HttpFallbacks.TOKEN_REQUEST_MAX) {
            throw new HttpError(413, ErrorCodes.PAYLOAD_TOO_LARGE, "A token request is at most 8 KB");
        }
        Map<String, List<String>> values = new HashMap<>();
        for (String pair : body == null ? new String[0] : body.split("&")) {
            int equals = pair.indexOf('=');
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (!value.isEmpty()) {
                values.computeIfAbsent(decode(equals < 0 ? pair : pair.substring(0, equals)), name -> new ArrayList<>())
                        .add(value);
            }
        }
        return new FormBody(values);
    }

    /** The parameter's value, or null when it is absent or empty. */
    public String get(String name) {
        List<String> given = values.getOrDefault(name, List.of());
        if (given.size() > 1) {
            throw new InvalidRequest(name + " is given more than once");
        }
        return given.isEmpty() ? null : given.get(0);
    }

    /** This media type is the form's (its values are read as UTF-8 whatever charset it names: RFC 6749 appendix B). */
    static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.valueOf(contentType).isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Percent-decodes strictly: "+" is a space, "%" must start two hex digits, the bytes must be UTF-8. */
    private static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
                if (low < 0) {
                    throw malformed();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                int codePoint = encoded.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint) - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw malformed();
        }
    }

    private static InvalidRequest malformed() {
        return new InvalidRequest("The form is not percent-encoded UTF-8");
    }
}
