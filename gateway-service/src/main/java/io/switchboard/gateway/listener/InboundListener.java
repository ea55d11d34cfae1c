package io.switchboard.gateway.listener;

import io.smallrye.common.annotation.Blocking;
import io.switchboard.contract.ContractJson;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.gateway.service.InboundService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code switchboard.inbound.v1}; the offset is committed after the event's transaction. */
@ApplicationScoped
public class InboundListener {

    @Inject
    RetryUntilDone retry;

    @Inject
    InboundService inbound;

    @Incoming("inbound")
    @Blocking
    public void consume(byte[] value) {
        retry.run(() -> inbound.process(ContractJson.fromBytes(value, InboundEvent.class)));
    }
}
