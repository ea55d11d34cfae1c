package io.switchboard.bench;

import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import io.switchboard.contract.Topics;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.Purpose;
import io.switchboard.testsupport.kafka.KafkaTestClient;
import java.util.UUID;

/** Publishes outbound commands the way the gateway does: on the platform's topic, keyed by channel. */
final class Commands {

    private final KafkaTestClient kafka;
    private final String bootstrapServers;
    private final String tenantId;

    Commands(KafkaTestClient kafka, String bootstrapServers, String tenantId) {
        this.kafka = kafka;
        this.bootstrapServers = bootstrapServers;
        this.tenantId = tenantId;
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    /** Publishes a text command and answers its message id. */
    UUID text(Platform platform, ConversationRef recipient, int sequence) {
        OutboundCommand command = OutboundCommand.create(
                UUID.randomUUID(),
                tenantId,
                platform,
                recipient,
                Purpose.BROADCAST,
                OutboundContent.Text.of("Offerta di novembre #" + sequence),
                null);
        kafka.publish(Topics.outbound(platform), recipient.channelId(), command);
        return command.messageId();
    }
}
