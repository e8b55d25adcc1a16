package crashy.farm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Hands stored job events to the listeners in the order they were detected, and marks each one handed over, so that
 * an event stored before a crash is handed over after the restart.
 */
@Component
final class EventDispatcher {
    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);
    private static final int BATCH = 500;

    private final JobStore store;
    private final ApplicationEventPublisher publisher;

    EventDispatcher(JobStore store, ApplicationEventPublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    synchronized void dispatchPending() {
        for (var batch = store.undispatched(BATCH); !batch.isEmpty(); batch = store.undispatched(BATCH)) {
            for (RecordedJobEvent recorded : batch) {
                publish(recorded);
                store.markDispatched(recorded.sequence());
            }
        }
    }

    private void publish(RecordedJobEvent recorded) {
        try {
            publisher.publishEvent(recorded);
        } catch (RuntimeException e) {
            // A listener that fails must not block every later event; listeners keep their own retry state.
            log.error(
                    "A listener failed on event {} job={}",
                    recorded.event().kind(),
                    recorded.event().job().id(),
                    e);
        }
    }
}
