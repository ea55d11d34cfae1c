package io.switchboard.gateway.listener;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.switchboard.contract.ContractJson;
import io.switchboard.contract.InvalidEventException;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.gateway.service.DeliveryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code switchboard.delivery.v1} into the message log; failure handling as for inbound events. */
@ApplicationScoped
public class DeliveryListener {

    @Inject
    DeliveryService deliveries;

    @Incoming("delivery")
    @Blocking
    @Retry(
            maxRetries = -1,
            delay = 200,
            maxDuration = 7,
            durationUnit = ChronoUnit.DAYS,
            abortOn = InvalidEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(byte[] value) {
        deliveries.apply(ContractJson.fromBytes(value, DeliveryReceipt.class));
    }
}
