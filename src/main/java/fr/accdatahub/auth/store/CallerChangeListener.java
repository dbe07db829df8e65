package fr.accdatahub.auth.store;

import fr.accdatahub.auth.store.CallerStore.Change;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Listens on the channel {@code acc_callers} over one connection of the pool kept for that: each notification is
 * a change committed by any replica. When the connection is lost, {@link #listening()} turns false until
 * {@link #listen} succeeds again.
 */
@ApplicationScoped
public class CallerChangeListener {

    private static final Logger LOG = Logger.getLogger(CallerChangeListener.class);
    static final String CHANNEL = "acc_callers";

    private final Pool pool;
    private volatile PgConnection connection;

    public CallerChangeListener(Pool pool) {
        this.pool = pool;
    }

    public boolean listening() {
        return connection != null;
    }

    /** Opens the listening connection, each change going to {@code onChange}. */
    public Uni<Void> listen(Consumer<Change> onChange) {
        return pool.getConnection().chain(sql -> {
            PgConnection pg = PgConnection.cast(sql);
            pg.notificationHandler(notification -> onChange.accept(Change.of(notification.getPayload())));
            pg.closeHandler(() -> {
                LOG.warn("The connection listening to caller changes closed; re-reads continue until it is back");
                connection = null;
            });
            return pg.query("LISTEN " + CHANNEL).execute()
                    .invoke(() -> connection = pg)
                    .onFailure().call(() -> pg.close())
                    .replaceWithVoid();
        });
    }
}
