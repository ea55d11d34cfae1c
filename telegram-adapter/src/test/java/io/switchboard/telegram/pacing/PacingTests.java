package io.switchboard.telegram.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.switchboard.contract.ChatType;
import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import io.switchboard.contract.Topics;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.Purpose;
import io.switchboard.telegram.support.Channels;
import io.switchboard.telegram.support.Commands;
import io.switchboard.telegram.support.Receipts;
import io.switchboard.telegram.support.TopicWatcher;
import io.switchboard.telegram.support.TopicWriter;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Sends keep to Telegram's flood limits, as the simulator enforces and counts them: no 429, order kept per chat. */
@QuarkusTest
@TestProfile(PacingProfile.class)
class PacingTests {

    @Test
    void aBurstToOneGroupIsPacedToTheGroupLimitInOrderWithoutA429() {
        Bot bot = Bot.withScaledLimits();
        long group = -ThreadLocalRandom.current().nextLong(4_000_000_000L, 4_999_999_999L);
        List<OutboundCommand> commands = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            commands.add(bot.text(group, ChatType.GROUP, "messaggio " + i));
        }

        List<DeliveryReceipt> receipts = Receipts.ofAll(commands);

        assertThat(receipts).extracting(DeliveryReceipt::state).containsOnly(DeliveryState.SENT);
        assertThat(Channels.simulator().telegramViolations(bot.telegram().id())).isZero();
        List<JsonNode> sends = Commands.sent(bot.telegram(), "sendMessage");
        assertThat(sends).extracting(PacingTests::text).containsExactlyElementsOf(texts(commands));
        // 120 a minute at 97 %: after the group's burst of 3, one message every 0.515 s.
        Duration spread = Duration.between(receivedAt(sends.get(0)), receivedAt(sends.get(sends.size() - 1)));
        assertThat(spread).isGreaterThanOrEqualTo(Duration.ofMillis(9 * 500));
    }

    @Test
    void manyChatsAreServedTogetherEachInOrderWithoutA429() {
        Bot bot = Bot.withScaledLimits();
        List<OutboundCommand> commands = new ArrayList<>();
        List<Long> chats = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
            chats.add(ThreadLocalRandom.current().nextLong(5_000_000_000L, 6_999_999_999L));
        }
        for (int round = 0; round < 4; round++) {
            for (long chat : chats) {
                commands.add(bot.text(chat, ChatType.DIRECT, chat + " " + round));
            }
        }

        List<DeliveryReceipt> receipts = Receipts.ofAll(commands);

        assertThat(receipts).extracting(DeliveryReceipt::state).containsOnly(DeliveryState.SENT);
        assertThat(Channels.simulator().telegramViolations(bot.telegram().id())).isZero();
        Map<Long, List<String>> perChat = new LinkedHashMap<>();
        for (JsonNode send : Commands.sent(bot.telegram(), "sendMessage")) {
            JsonNode body = JsonHttp.json(send.get("body").asText());
            perChat.computeIfAbsent(body.get("chat_id").asLong(), chat -> new ArrayList<>())
                    .add(body.get("text").asText());
        }
        assertThat(perChat).hasSize(chats.size());
        perChat.forEach(
                (chat, texts) -> assertThat(texts).containsExactly(chat + " 0", chat + " 1", chat + " 2", chat + " 3"));
    }

    @Test
    void aGroupsBacklogDoesNotHoldUpOtherChats() {
        Bot bot = Bot.withScaledLimits();
        long group = -ThreadLocalRandom.current().nextLong(4_000_000_000L, 4_999_999_999L);
        List<OutboundCommand> backlog = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            backlog.add(bot.text(group, ChatType.GROUP, "annuncio " + i));
        }
        OutboundCommand reply = bot.text(7012345678L, ChatType.DIRECT, "Risposta privata");

        try (TopicWatcher receipts = TopicWatcher.fromNow(Topics.DELIVERY)) {
            backlog.forEach(TopicWriter::send);
            TopicWriter.send(reply);
            List<ConsumerRecord<String, byte[]>> all =
                    receipts.await(TopicWatcher.keyIs(bot.channelId()), backlog.size() + 1);

            int replyPosition = positionOf(all, reply);
            assertThat(replyPosition).isLessThan(positionOf(all, backlog.get(backlog.size() - 1)));
        }
        assertThat(Channels.simulator().telegramViolations(bot.telegram().id())).isZero();
    }

    private static int positionOf(List<ConsumerRecord<String, byte[]>> records, OutboundCommand command) {
        for (int i = 0; i < records.size(); i++) {
            if (Receipts.about(command).test(records.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no receipt for " + command.messageId());
    }

    private static List<String> texts(List<OutboundCommand> commands) {
        return commands.stream()
                .map(command -> ((OutboundContent.Text) command.content()).body())
                .toList();
    }

    private static String text(JsonNode request) {
        return JsonHttp.json(request.get("body").asText()).get("text").asText();
    }

    private static Instant receivedAt(JsonNode request) {
        return Instant.parse(request.get("receivedAt").asText());
    }

    /** A registered bot whose simulated limits match {@link PacingProfile}. */
    private record Bot(TelegramBot telegram, String tenant, String channelId) {

        static Bot withScaledLimits() {
            TelegramBot bot = Channels.newBot();
            Channels.simulator()
                    .setTelegramLimits(
                            bot.id(),
                            Map.of(
                                    "enforced", true,
                                    "chatPerSecond", PacingProfile.CHAT_PER_SECOND,
                                    "chatBurst", 3,
                                    "groupPerMinute", PacingProfile.GROUP_PER_MINUTE,
                                    "botPerSecond", PacingProfile.BOT_PER_SECOND));
            String tenant = Channels.newTenant();
            return new Bot(bot, tenant, Channels.registerPolling(tenant, bot));
        }

        OutboundCommand text(long chat, ChatType type, String body) {
            return OutboundCommand.create(
                    UUID.randomUUID(),
                    tenant,
                    Platform.TELEGRAM,
                    new ConversationRef(channelId, Long.toString(chat), type),
                    Purpose.BROADCAST,
                    OutboundContent.Text.of(body),
                    null);
        }
    }
}
