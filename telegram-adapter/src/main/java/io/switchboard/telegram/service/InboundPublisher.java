package io.switchboard.telegram.service;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.switchboard.contract.Topics;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.telegram.config.TelegramConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes normalised events for the gateway, keyed by conversation so each conversation stays in order. */
@ApplicationScoped
public class InboundPublisher {

    @Inject
    @Channel("inbound-events")
    MutinyEmitter<byte[]> emitter;

    @Inject
    TelegramConfig config;

    /** Returns once the broker acknowledged the event. */
    public void publish(InboundEvent event) {
        AcknowledgedSend.send(
                emitter,
                Topics.INBOUND,
                event.header().conversationKey(),
                event,
                config.intake().kafkaAckTimeout());
    }
}
