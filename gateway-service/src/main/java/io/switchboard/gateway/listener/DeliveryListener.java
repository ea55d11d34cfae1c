package io.switchboard.gateway.listener;

import io.smallrye.common.annotation.Blocking;
import io.switchboard.contract.ContractJson;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.gateway.service.DeliveryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code switchboard.delivery.v1} into the message log; failure handling as for every listener. */
@ApplicationScoped
public class DeliveryListener {

    @Inject
    RetryUntilDone retry;

    @Inject
    DeliveryService deliveries;

    @Incoming("delivery")
    @Blocking
    public void consume(byte[] value) {
        retry.run(() -> deliveries.apply(ContractJson.fromBytes(value, DeliveryReceipt.class)));
    }
}
