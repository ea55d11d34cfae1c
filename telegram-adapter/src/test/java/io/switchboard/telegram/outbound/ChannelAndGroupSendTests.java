package io.switchboard.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.ChatType;
import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import io.switchboard.contract.Topics;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.inbound.ConversationMigrated;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.Purpose;
import io.switchboard.telegram.service.Pollers;
import io.switchboard.telegram.support.Channels;
import io.switchboard.telegram.support.Commands;
import io.switchboard.telegram.support.Receipts;
import io.switchboard.telegram.support.TopicWatcher;
import io.switchboard.testsupport.simulator.TelegramBot;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Channels the bot administers, groups, and groups that became supergroups. */
@QuarkusTest
class ChannelAndGroupSendTests {

    @Inject
    Pollers pollers;

    @Test
    void aPostToAChannelTheBotAdministersIsSent() {
        TelegramBot bot = Channels.newBot();
        String tenant = Channels.newTenant();
        String channelId = Channels.registerPolling(tenant, bot);
        long channel = supergroupId();
        Channels.simulator().telegramBotJoins(bot.id(), channel, "channel", "Studio Rossi novità", "administrator");

        DeliveryReceipt receipt = Receipts.of(command(tenant, channelId, channel, ChatType.CHANNEL, "Nuovi orari"));

        assertThat(receipt.state()).isEqualTo(DeliveryState.SENT);
        JsonNode body =
                OutboundKindsTests.body(Commands.sent(bot, "sendMessage").get(0));
        assertThat(body.get("chat_id").asLong()).isEqualTo(channel);
        assertThat(body.get("text").asText()).isEqualTo("Nuovi orari");
    }

    @Test
    void aSendToAGroupThatBecameASupergroupIsMadeOnceMoreToTheSupergroupAndRemembered() {
        TelegramBot bot = Channels.newBot();
        String tenant = Channels.newTenant();
        String channelId = Channels.registerPolling(tenant, bot);
        // The adapter must learn of the move from the refused send, not from the service message.
        pollers.stop(channelId);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> !pollers.runningChannelIds().contains(channelId));
        long group = groupId();
        long supergroup = supergroupId();
        Channels.simulator().telegramBotJoins(bot.id(), group, "group", "Famiglia Rossi", "member");
        Channels.simulator().migrateTelegramGroup(bot.id(), group, supergroup);

        List<DeliveryReceipt> receipts = Receipts.ofAll(List.of(
                command(tenant, channelId, group, ChatType.GROUP, "Prima"),
                command(tenant, channelId, group, ChatType.GROUP, "Seconda")));

        assertThat(receipts).extracting(DeliveryReceipt::state).containsOnly(DeliveryState.SENT);
        List<JsonNode> sends = Commands.sent(bot, "sendMessage");
        assertThat(sends).extracting(request -> request.get("status").asInt()).containsExactly(400, 200, 200);
        assertThat(sends)
                .extracting(request ->
                        OutboundKindsTests.body(request).get("chat_id").asLong())
                .containsExactly(group, supergroup, supergroup);
    }

    @Test
    void theMigrationServiceMessageIsPublishedAndLaterSendsGoStraightToTheSupergroup() {
        TelegramBot bot = Channels.newBot();
        String tenant = Channels.newTenant();
        long group = groupId();
        long supergroup = supergroupId();
        try (TopicWatcher inbound = TopicWatcher.fromNow(Topics.INBOUND)) {
            String channelId = Channels.registerPolling(tenant, bot);
            Channels.simulator().telegramBotJoins(bot.id(), group, "group", "Famiglia Rossi", "member");
            Channels.simulator().migrateTelegramGroup(bot.id(), group, supergroup);

            // The bot joining, then the service messages of both chats, all about the old group's conversation.
            List<ConversationMigrated> migrations = inbound
                    .awaitEvents(
                            InboundEvent.class,
                            TopicWatcher.keyIs(Channels.conversationKey(tenant, channelId, group)),
                            3)
                    .stream()
                    .filter(ConversationMigrated.class::isInstance)
                    .map(ConversationMigrated.class::cast)
                    .toList();
            assertThat(migrations).hasSize(2);
            assertThat(migrations)
                    .extracting(ConversationMigrated::newExternalChatId)
                    .containsOnly(Long.toString(supergroup));
            assertThat(migrations)
                    .extracting(ConversationMigrated::deduplicationKey)
                    .containsOnly(migrations.get(0).deduplicationKey());

            DeliveryReceipt receipt = Receipts.of(command(tenant, channelId, group, ChatType.GROUP, "Ciao"));

            assertThat(receipt.state()).isEqualTo(DeliveryState.SENT);
            assertThat(Commands.sent(bot, "sendMessage"))
                    .extracting(request ->
                            OutboundKindsTests.body(request).get("chat_id").asLong())
                    .containsExactly(supergroup);
        }
    }

    private static OutboundCommand command(String tenant, String channelId, long chat, ChatType type, String text) {
        return OutboundCommand.create(
                UUID.randomUUID(),
                tenant,
                Platform.TELEGRAM,
                new ConversationRef(channelId, Long.toString(chat), type),
                type == ChatType.CHANNEL ? Purpose.CHANNEL_POST : Purpose.REPLY,
                OutboundContent.Text.of(text),
                null);
    }

    private static long groupId() {
        return -ThreadLocalRandom.current().nextLong(4_000_000_000L, 4_999_999_999L);
    }

    private static long supergroupId() {
        return -ThreadLocalRandom.current().nextLong(1_004_000_000_000L, 1_004_999_999_999L);
    }
}
