package io.switchboard.telegram.service;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.switchboard.contract.Topics;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.telegram.config.TelegramConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes what became of outbound messages, keyed by channel id. */
@ApplicationScoped
public class ReceiptPublisher {

    @Inject
    @Channel("delivery-receipts")
    MutinyEmitter<byte[]> emitter;

    @Inject
    TelegramConfig config;

    /** Returns once the broker acknowledged the receipt. */
    public void publish(DeliveryReceipt receipt) {
        AcknowledgedSend.send(
                emitter,
                Topics.DELIVERY,
                receipt.channelId(),
                receipt,
                config.intake().kafkaAckTimeout());
    }
}
