package io.switchboard.gateway.service;

import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.gateway.entity.Direction;
import io.switchboard.gateway.entity.LoggedMessage;
import io.switchboard.gateway.entity.MessageState;
import io.switchboard.gateway.repository.MessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Applies delivery receipts to the message log. States only move forward (a late {@code delivered} after
 * {@code read} changes nothing), which also makes a redelivered receipt harmless.
 */
@ApplicationScoped
public class DeliveryService {

    private static final Logger LOG = Logger.getLogger(DeliveryService.class);

    @Inject
    MessageRepository messages;

    @Transactional
    public void apply(DeliveryReceipt receipt) {
        LoggedMessage message = messages.findById(receipt.messageId());
        if (message == null
                || message.direction != Direction.OUTBOUND
                || !message.tenantId.equals(receipt.tenantId())) {
            LOG.warnf(
                    "receipt for an unknown message ignored message=%s channel=%s",
                    receipt.messageId(), receipt.channelId());
            return;
        }
        if (receipt.platformMessageId() != null && message.platformMessageId == null) {
            message.platformMessageId = receipt.platformMessageId();
        }
        if (!message.state.canMoveTo(receipt.state())) {
            return;
        }
        message.state = MessageState.of(receipt.state());
        if (receipt.error() != null) {
            message.errorCode = receipt.error().code();
            message.errorTitle = receipt.error().title();
        }
        message.updatedAt = Instant.now();
        LOG.infof("delivery message=%s state=%s", message.id, message.state);
    }
}
