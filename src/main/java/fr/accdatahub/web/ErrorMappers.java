package fr.accdatahub.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import fr.accdatahub.failure.Conflict;
import fr.accdatahub.failure.ErrorCodes;
import fr.accdatahub.failure.Failure;
import fr.accdatahub.failure.Forbidden;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.failure.NotFound;
import fr.accdatahub.failure.TechnicalError;
import fr.accdatahub.failure.Throttled;
import fr.accdatahub.failure.TooManyRequests;
import fr.accdatahub.failure.Unauthenticated;
import fr.accdatahub.failure.Unavailable;
import fr.accdatahub.storage.store.DatabaseSettings;
import fr.accdatahub.storage.store.Unavailability;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.pgclient.PgException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.hibernate.JDBCException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become HTTP answers. Every status the REST layer can produce goes through here;
 * what fails before the REST layer (unknown paths, bodies too large) goes through {@link HttpFallbacks}.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    private static final long REPORT_EVERY = 1_000_000_000L;

    private final int retryAfterSeconds;
    /** The 503s since the last warning: one warning a second at most while the database is away. */
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicLong reportedAt = new AtomicLong(System.nanoTime() - REPORT_EVERY);

    private final boolean gatewayThrottles;

    @Inject
    public ErrorMappers(DatabaseSettings database, GatewayProfile gateway) {
        this(database.retryAfter(), gateway.throttlesAsTheGateway());
    }

    ErrorMappers(Duration retryAfter, boolean gatewayThrottles) {
        this.retryAfterSeconds = (int) Math.max(1, retryAfter.toSeconds());
        this.gatewayThrottles = gatewayThrottles;
    }

    @ServerExceptionMapper
    public Response failure(Failure failure) {
        if (failure instanceof Throttled throttled && gatewayThrottles) {
            return Response.status(429).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(GatewayThrottle.after(throttled.retryAfterSeconds(), Instant.now()))
                    .header("Retry-After", String.valueOf(throttled.retryAfterSeconds())).build();
        }
        Response.ResponseBuilder builder = response(status(failure), failure.code(), failure.getMessage());
        if (failure instanceof Unauthenticated unauthenticated) {
            unauthenticated.challenge().ifPresent(challenge -> builder.header(HttpHeaders.WWW_AUTHENTICATE, challenge));
        }
        switch (failure) {
            case TooManyRequests tooMany -> builder.header("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
            case Unavailable unavailable -> builder.header("Retry-After",
                    String.valueOf(unavailable.retryAfterSeconds()));
            default -> { }
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response http(HttpError error) {
        return response(error.status(), error.code(), error.getMessage()).build();
    }

    /** The status of each kind of failure; the kinds are the only direct subclasses of {@link Failure}. */
    static int status(Failure failure) {
        return switch (failure) {
            case InvalidRequest invalid -> 400;
            case Unauthenticated unauthenticated -> 401;
            case Forbidden forbidden -> 403;
            case NotFound notFound -> 404;
            case Conflict conflict -> 409;
            case TooManyRequests tooMany -> 429;
            case TechnicalError technical -> 500;
            case Unavailable unavailable -> 503;
            default -> throw new IllegalStateException("No status for " + failure.getClass());
        };
    }

    /** The code for a bare HTTP status, when nothing more specific is known. */
    static String codeFor(int status) {
        return switch (status) {
            case 400 -> ErrorCodes.INVALID_REQUEST;
            case 401 -> ErrorCodes.INVALID_TOKEN;
            case 403 -> ErrorCodes.ACCESS_DENIED;
            case 404 -> ErrorCodes.NOT_FOUND;
            case 405 -> ErrorCodes.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCodes.NOT_ACCEPTABLE;
            case 409 -> ErrorCodes.CONFLICT;
            case 413 -> ErrorCodes.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCodes.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ErrorCodes.TOO_MANY_REQUESTS;
            case 503 -> ErrorCodes.TEMPORARILY_UNAVAILABLE;
            default -> status >= 500 ? ErrorCodes.SERVER_ERROR : ErrorCodes.INVALID_REQUEST;
        };
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
        InvalidFormatException.class, UnrecognizedPropertyException.class, ValueInstantiationException.class,
        JsonParseException.class})
    public Response json(JsonProcessingException e) {
        return response(400, ErrorCodes.INVALID_REQUEST, describe(e)).build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        String description = e.getConstraintViolations().stream()
                .map(ErrorMappers::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return response(400, ErrorCodes.INVALID_REQUEST, description).build();
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthorized(RuntimeException e) {
        return response(401, ErrorCodes.INVALID_TOKEN, "A valid bearer token is required")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return response(403, ErrorCodes.ACCESS_DENIED, "This client's role may not call this endpoint").build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof Failure failure) {
            return failure(failure);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        return response(status, codeFor(status), webDescription(status)).build();
    }

    /**
     * Anything not foreseen. PostgreSQL unreachable, shutting down, too slow or out of free connections is a 503 with
     * {@code Retry-After} ({@link Unavailability}). A write is one transaction, so it was applied whole or not at all;
     * when the connection dropped during the commit, the caller cannot tell which (retry with an Idempotency-Key).
     * Two database refusals are still the caller's doing and get a 4xx: a value PostgreSQL
     * cannot take (class 22, e.g. a NUL character) and a rule it enforces when a concurrent change won the race
     * against the service's own check (class 23).
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (Unavailability.isDatabaseUnavailable(e)) {
            report(e);
            return failure(new Unavailable("The database is unavailable for now; try again later", retryAfterSeconds));
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String sqlState = switch (cause) {
                case PgException pg -> pg.getSqlState();
                case JDBCException jdbc -> jdbc.getSQLState();
                default -> null;
            };
            if (sqlState != null && sqlState.startsWith("22")) {
                return response(400, ErrorCodes.INVALID_REQUEST, "A value cannot be stored (SQLSTATE " + sqlState
                        + "), e.g. a NUL character or a number out of range").build();
            }
            if (sqlState != null && sqlState.startsWith("23")) {
                return response(409, ErrorCodes.CONFLICT,
                        "The change conflicts with the current data; read it again and retry").build();
            }
        }
        LOG.error("Unexpected failure", e);
        return response(500, ErrorCodes.SERVER_ERROR, "The service failed to process the request").build();
    }

    private void report(Throwable unavailability) {
        unavailable.incrementAndGet();
        long last = reportedAt.get();
        long now = System.nanoTime();
        if (now - last >= REPORT_EVERY && reportedAt.compareAndSet(last, now)) {
            LOG.warnf("The database could not serve %d request(s) since the last warning (503): %s",
                    unavailable.getAndSet(0), unavailability);
        }
    }

    static Response.ResponseBuilder response(int status, String code, String description) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorBody(code, description));
    }

    static String webDescription(int status) {
        return switch (status) {
            case 404 -> "No such resource";
            case 405 -> "Method not allowed on this resource";
            case 406 -> "None of the requested media types can be produced";
            case 413 -> "Request body too large";
            case 415 -> "Unsupported content type";
            default -> "Invalid request";
        };
    }

    /** What is wrong with a JSON body, naming the field: for a 400's description. */
    public static String describe(JsonProcessingException e) {
        String reason = switch (e) {
            case JsonParseException parse -> "malformed JSON: " + firstLine(parse.getOriginalMessage());
            case UnrecognizedPropertyException unknown -> "unknown field";
            case InvalidFormatException format when format.getTargetType() != null
                    && format.getTargetType().isEnum() -> "'" + format.getValue() + "' is not one of "
                    + Arrays.toString(format.getTargetType().getEnumConstants());
            case InvalidFormatException format -> "'" + format.getValue() + "' is not " + expected(format.getTargetType());
            case ValueInstantiationException creator when creator.getCause() instanceof Failure failure -> failure.getMessage();
            case MismatchedInputException mismatch when mismatch.getTargetType() != null ->
                    "expected " + expected(mismatch.getTargetType());
            default -> "unreadable JSON: " + firstLine(e.getOriginalMessage());
        };
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
            return "at '" + path + "': " + reason;
        }
        return reason;
    }

    private static String expected(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an instant with an explicit offset, e.g. 2024-11-01T00:00:00+01:00";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable content";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String describe(ConstraintViolation<?> violation) {
        // Method-level paths look like "create.request.pmo.siret": the method, the parameter, then the field.
        String[] nodes = violation.getPropertyPath().toString().split("\\.");
        String field = nodes.length > 2
                ? String.join(".", Arrays.copyOfRange(nodes, 2, nodes.length))
                : "request body";
        return snakeCase(field) + ": " + violation.getMessage();
    }

    /** Field names as the JSON writes them: {@code startDate} becomes {@code start_date}. */
    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
