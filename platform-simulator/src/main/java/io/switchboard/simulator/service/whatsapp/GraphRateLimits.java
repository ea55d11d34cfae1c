package io.switchboard.simulator.service.whatsapp;

import io.switchboard.simulator.model.limits.LimitKind;
import io.switchboard.simulator.model.whatsapp.SimulatedNumber;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The Cloud API's rate limits on sends: the number's throughput (130429) and the pair limit per recipient (131056).
 * A refused send is counted on the number and answered with Meta's error; it gets no wamid and no statuses.
 */
@ApplicationScoped
public class GraphRateLimits {

    private static final Logger LOG = Logger.getLogger(GraphRateLimits.class);

    private final Clock clock;

    GraphRateLimits(Clock clock) {
        this.clock = clock;
    }

    public void admit(SimulatedNumber number, SendRequestValidator.ValidSend send) {
        Optional<LimitKind> refused = number.limiter().admit(send.recipientId(), !send.toGroup(), clock.instant());
        if (refused.isEmpty()) {
            return;
        }
        number.violations().count(refused.get());
        LOG.debugf(
                "graph rate limit number=%s limit=%s",
                number.id(), refused.get().wireName());
        throw refused.get() == LimitKind.THROUGHPUT
                ? GraphApiException.throughputExceeded()
                : GraphApiException.pairRateExceeded();
    }
}
