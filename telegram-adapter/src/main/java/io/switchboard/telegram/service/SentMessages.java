package io.switchboard.telegram.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.contract.delivery.PlatformError;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.telegram.entity.SentMessageEntity;
import io.switchboard.telegram.entity.SentMessageState;
import io.switchboard.telegram.repository.SentMessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** The {@code sent_message} rows, each change in its own committed transaction: they must survive a crash. */
@ApplicationScoped
public class SentMessages {

    @Inject
    SentMessageRepository repository;

    public Optional<SentMessageEntity> find(UUID messageId) {
        return QuarkusTransaction.requiringNew().call(() -> repository.findByIdOptional(messageId));
    }

    /** Takes the command on: a SENDING row with nothing sent yet. An existing row for the message id is kept. */
    public SentMessageEntity claim(OutboundCommand command, int parts) {
        return QuarkusTransaction.requiringNew()
                .call(() -> repository.findByIdOptional(command.messageId()).orElseGet(() -> {
                    SentMessageEntity row = newRow(command, parts);
                    row.state = SentMessageState.SENDING;
                    repository.persistAndFlush(row);
                    return row;
                }));
    }

    /**
     * Records a command refused before (any further) send, so a redelivery reports the same refusal. A final row is
     * kept as it is.
     */
    public SentMessageEntity refuse(OutboundCommand command, PlatformError error) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SentMessageEntity row = repository.findById(command.messageId());
            if (row == null) {
                row = newRow(command, 0);
                fail(row, error);
                repository.persistAndFlush(row);
            } else if (row.state == SentMessageState.SENDING) {
                fail(row, error);
                row.updatedAt = Instant.now();
            }
            return row;
        });
    }

    /**
     * Marks {@code part} as being sent, unless another worker already took it (a command redelivered to another
     * replica during a rebalance while this one still sends it).
     *
     * @return whether this caller may send the part
     */
    public boolean markSending(UUID messageId, int part) {
        return QuarkusTransaction.requiringNew().call(() -> repository.startPart(messageId, part, Instant.now()));
    }

    /** The send of a part surely never left (the Bot API was unreachable): it may be tried again. */
    public void clearSending(UUID messageId) {
        update(messageId, row -> row.sendingPart = null);
    }

    public SentMessageEntity markPartSent(UUID messageId, int part, String platformMessageId) {
        return update(messageId, row -> {
            row.sendingPart = null;
            row.partsSent = part + 1;
            if (part == 0) {
                row.platformMessageId = platformMessageId;
            }
            if (row.partsSent >= row.partsTotal) {
                row.state = SentMessageState.SENT;
            }
        });
    }

    public SentMessageEntity markFailed(UUID messageId, PlatformError error) {
        return update(messageId, row -> fail(row, error));
    }

    private SentMessageEntity update(UUID messageId, Consumer<SentMessageEntity> change) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SentMessageEntity row = repository.findById(messageId);
            change.accept(row);
            row.updatedAt = Instant.now();
            return row;
        });
    }

    private static void fail(SentMessageEntity row, PlatformError error) {
        row.state = SentMessageState.FAILED;
        row.sendingPart = null;
        row.errorCode = error.code();
        row.errorTitle = error.title();
        row.errorDetail = error.detail();
    }

    private static SentMessageEntity newRow(OutboundCommand command, int parts) {
        SentMessageEntity row = new SentMessageEntity();
        row.messageId = command.messageId();
        row.tenantId = command.tenantId();
        row.channelId = command.channelId();
        row.chatId = command.recipient().externalChatId();
        row.partsTotal = parts;
        row.partsSent = 0;
        row.createdAt = Instant.now();
        row.updatedAt = row.createdAt;
        return row;
    }
}
