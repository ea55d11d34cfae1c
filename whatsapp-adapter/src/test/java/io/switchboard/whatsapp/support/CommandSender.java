package io.switchboard.whatsapp.support;

import io.switchboard.contract.ContractJson;
import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import io.switchboard.contract.Topics;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.Purpose;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plays the gateway: publishes outbound commands (or any bytes) on the WhatsApp outbound topic. */
public final class CommandSender {

    private CommandSender() {}

    public static OutboundCommand command(
            String tenantId, String channelId, String to, OutboundContent content, String replyTo) {
        return OutboundCommand.create(
                UUID.randomUUID(),
                tenantId,
                Platform.WHATSAPP,
                ConversationRef.direct(channelId, to),
                Purpose.REPLY,
                content,
                replyTo);
    }

    public static void send(OutboundCommand command) {
        sendRaw(command.channelId(), ContractJson.toBytes(command));
    }

    public static void sendRaw(String key, byte[] value) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TopicReader.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(Topics.OUTBOUND_WHATSAPP, key, value))
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the test broker did not take the command", e);
        }
    }
}
