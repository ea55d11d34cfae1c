package io.switchboard.gateway.listener;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.switchboard.contract.ContractJson;
import io.switchboard.contract.InvalidEventException;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.gateway.service.InboundService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code switchboard.inbound.v1}. A record that is not a valid event goes to the dead-letter topic at once;
 * any other failure (the database is down) is retried with backoff for as long as it takes, so no accepted event is
 * skipped. The offset is committed after the transaction.
 */
@ApplicationScoped
public class InboundListener {

    @Inject
    InboundService inbound;

    @Incoming("inbound")
    @Blocking
    @Retry(
            maxRetries = -1,
            delay = 200,
            maxDuration = 7,
            durationUnit = ChronoUnit.DAYS,
            abortOn = InvalidEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(byte[] value) {
        inbound.process(ContractJson.fromBytes(value, InboundEvent.class));
    }
}
