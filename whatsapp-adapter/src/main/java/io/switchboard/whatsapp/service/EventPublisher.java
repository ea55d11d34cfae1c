package io.switchboard.whatsapp.service;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.transactions.KafkaTransactions;
import io.switchboard.contract.Topics;
import io.switchboard.contract.channel.ChannelEvent;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.whatsapp.config.WhatsAppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Puts events on Kafka and returns only once the broker acknowledged them (acks=all), so a caller that answers
 * "done" after it has not lied. Every failure, including a timeout, is an {@link EventPublishException}.
 */
@ApplicationScoped
public class EventPublisher {

    private final Semaphore transactionSlot = new Semaphore(1);

    @Inject
    @Channel("inbound-events")
    MutinyEmitter<InboundEvent> inbound;

    @Inject
    @Channel("delivery-receipts")
    MutinyEmitter<DeliveryReceipt> receipts;

    @Inject
    @Channel("channel-events")
    MutinyEmitter<ChannelEvent> channels;

    @Inject
    @Channel("webhook-batches")
    KafkaTransactions<Object> batches;

    @Inject
    WhatsAppConfig config;

    public void publish(ChannelEvent event) {
        await("channel event " + event.change(), () -> channels.sendMessage(keyed(event, event.channelId(), null)));
    }

    public void publish(DeliveryReceipt receipt) {
        await(
                "receipt for message " + receipt.messageId(),
                () -> receipts.sendMessage(keyed(receipt, receipt.channelId(), null)));
    }

    /**
     * Publishes what one webhook body said: inbound events keyed by conversation, receipts keyed by channel. Several
     * events go in one Kafka transaction, so a failure publishes none of them and Meta's retry is not half a repeat.
     */
    public void publish(List<InboundEvent> events, List<DeliveryReceipt> deliveryReceipts) {
        int count = events.size() + deliveryReceipts.size();
        if (count == 0) {
            return;
        }
        if (count == 1) {
            if (events.isEmpty()) {
                publish(deliveryReceipts.get(0));
            } else {
                InboundEvent event = events.get(0);
                await(
                        "inbound event " + event.header().platformMessageId(),
                        () -> inbound.sendMessage(keyed(event, event.header().conversationKey(), null)));
            }
            return;
        }
        List<Message<Object>> messages = new ArrayList<>(count);
        events.forEach(event -> messages.add(keyed(event, event.header().conversationKey(), Topics.INBOUND)));
        deliveryReceipts.forEach(receipt -> messages.add(keyed(receipt, receipt.channelId(), Topics.DELIVERY)));
        publishAtomically(messages);
    }

    private void publishAtomically(List<Message<Object>> messages) {
        String what = "a transaction of " + messages.size() + " events";
        Duration timeout = config.kafkaAckTimeout();
        try {
            // One transactional producer runs one transaction at a time; concurrent webhooks queue here.
            if (!transactionSlot.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new EventPublishException(what, new IllegalStateException("the transactional producer is busy"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventPublishException(what, e);
        }
        Uni<Void> transaction;
        try {
            transaction = batches.withTransaction(emitter -> {
                messages.forEach(emitter::send);
                return Uni.createFrom().voidItem();
            });
        } catch (RuntimeException e) {
            transactionSlot.release();
            throw new EventPublishException(what, e);
        }
        await(what, () -> transaction.onTermination().invoke(transactionSlot::release));
    }

    private void await(String what, Supplier<Uni<Void>> send) {
        try {
            send.get().await().atMost(config.kafkaAckTimeout());
        } catch (RuntimeException e) {
            throw new EventPublishException(what, e);
        }
    }

    private static <T> Message<T> keyed(T payload, String key, String topic) {
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<String> metadata =
                OutgoingKafkaRecordMetadata.<String>builder().withKey(key);
        if (topic != null) {
            metadata.withTopic(topic);
        }
        return Message.of(payload).addMetadata(metadata.build());
    }
}
