package fr.accdatahub.request;

import fr.accdatahub.clock.SandboxSettings;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * In the sandbox, answers the requests nobody answered once their answer is overdue on the service clock
 * ({@code acc.requests.auto-answer-every}, 5 s by default), so that moving the clock shows a request's whole life.
 * Outside the sandbox the operator answers every request.
 */
@ApplicationScoped
public class RequestSchedule {

    private static final Logger LOG = Logger.getLogger(RequestSchedule.class);

    private final RequestService requests;
    private final boolean sandbox;

    public RequestSchedule(RequestService requests, SandboxSettings settings) {
        this.requests = requests;
        this.sandbox = settings.enabled();
    }

    @Scheduled(every = "${acc.requests.auto-answer-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        if (!sandbox) {
            return Uni.createFrom().voidItem();
        }
        return requests.answerOverdue().invoke(count -> {
            if (count > 0) {
                LOG.infof("Answered %d overdue requests (sandbox)", count);
            }
        }).onFailure().invoke(e -> LOG.warn("Overdue requests not answered; tried again next turn", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
