package io.switchboard.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.ChatType;
import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import io.switchboard.contract.Topics;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.Purpose;
import io.switchboard.contract.outbound.TemplateParameter;
import io.switchboard.telegram.support.Channels;
import io.switchboard.telegram.support.Commands;
import io.switchboard.telegram.support.TopicWatcher;
import io.switchboard.telegram.support.TopicWriter;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboundFailureTests {

    private static final long BLOCKED_CHAT = 7099999999L;

    @Test
    void aUserWhoBlockedTheBotMakesTheSendFailWithTelegrams403() {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.unknownBot();
        new JsonHttp(Channels.simulator().baseUrl())
                .post(
                        "/simulator/telegram/bots",
                        Map.of(
                                "token", bot.token(),
                                "username", bot.username(),
                                "firstName", bot.firstName(),
                                "canJoinGroups", true,
                                "canReadAllGroupMessages", false,
                                "blockedChats", List.of(BLOCKED_CHAT)),
                        Map.of())
                .expect(201);
        String channelId = Channels.registerPolling(tenant, bot);

        DeliveryReceipt receipt =
                receiptFor(Commands.to(tenant, channelId, BLOCKED_CHAT, OutboundContent.Text.of("Ciao")));

        assertThat(receipt.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(receipt.error().code()).isEqualTo("403");
        assertThat(receipt.error().title()).contains("blocked");
    }

    @Test
    void aChatTelegramDoesNotKnowMakesTheSendFailWithTelegrams400() {
        String tenant = Channels.newTenant();
        String channelId = Channels.registerPolling(tenant, Channels.newBot());
        OutboundCommand command = OutboundCommand.create(
                UUID.randomUUID(),
                tenant,
                Platform.TELEGRAM,
                new ConversationRef(channelId, "@nobody_here", ChatType.CHANNEL),
                Purpose.CHANNEL_POST,
                OutboundContent.Text.of("Novità"),
                null);

        DeliveryReceipt receipt = receiptFor(command);

        assertThat(receipt.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(receipt.error().code()).isEqualTo("400");
        assertThat(receipt.error().title()).contains("chat not found");
    }

    @Test
    void aTemplateIsReportedFailedWithoutAskingTelegram() {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.newBot();
        String channelId = Channels.registerPolling(tenant, bot);
        OutboundContent.Template template =
                new OutboundContent.Template("appointment_reminder", "it", List.of(TemplateParameter.body("Giulia")));

        DeliveryReceipt receipt = receiptFor(Commands.to(tenant, channelId, 7012345678L, template));

        assertThat(receipt.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(receipt.error().title()).isEqualTo("templates are a WhatsApp feature");
        assertThat(Commands.sent(bot, "send")).isEmpty();
    }

    @Test
    void aCommandForAnUnknownChannelIsReportedFailed() {
        String channelId = "no-such-channel-" + UUID.randomUUID();

        DeliveryReceipt receipt =
                receiptFor(Commands.to(Channels.newTenant(), channelId, 7012345678L, OutboundContent.Text.of("Ciao")));

        assertThat(receipt.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(receipt.error().code()).isEqualTo("CHANNEL_UNKNOWN");
    }

    private static DeliveryReceipt receiptFor(OutboundCommand command) {
        try (TopicWatcher receipts = TopicWatcher.fromNow(Topics.DELIVERY)) {
            TopicWriter.send(command);
            return receipts.awaitEvents(DeliveryReceipt.class, TopicWatcher.keyIs(command.channelId()), 1)
                    .get(0);
        }
    }
}
