package fr.accdatahub.web;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** Waits, on a worker thread, for what the reactive services answer (for endpoints that stream their answer). */
public final class Await {

    private Await() {
    }

    public static <T> T result(Supplier<Uni<T>> uni) {
        try {
            return VertxContextSupport.subscribeAndAwait(uni);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
