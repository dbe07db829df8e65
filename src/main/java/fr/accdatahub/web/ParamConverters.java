package fr.accdatahub.web;

import fr.accdatahub.failure.Failure;
import fr.accdatahub.identifier.AgreementId;
import fr.accdatahub.identifier.UsagePointId;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Typed path and query parameters: agreement ids, PRMs, days and whole numbers, each read with a 400 that names the
 * parameter. RESTEasy Reactive answers a failed conversion of a path or query parameter with a 404 unless the
 * converter throws a {@link BadRequestException}, which carries the failure to {@link ErrorMappers}. An empty query
 * value counts as absent.
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        Function<String, Object> parse;
        if (rawType == AgreementId.class) {
            parse = AgreementId::new;
        } else if (rawType == UsagePointId.class) {
            parse = UsagePointId::new;
        } else if (rawType == LocalDate.class) {
            parse = value -> Params.day(name, value);
        } else if (rawType == Integer.class) {
            parse = value -> Params.integer(name, value);
        } else {
            return null;
        }
        return (ParamConverter<T>) new Converter(parse);
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            switch (annotation) {
                case PathParam path -> {
                    return path.value();
                }
                case QueryParam query -> {
                    return query.value();
                }
                case HeaderParam header -> {
                    return header.value();
                }
                default -> {
                }
            }
        }
        return "parameter";
    }

    private record Converter(Function<String, Object> parse) implements ParamConverter<Object> {

        @Override
        public Object fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (Failure failure) {
                throw new BadRequestException(failure);
            }
        }

        @Override
        public String toString(Object value) {
            return value.toString();
        }
    }
}
