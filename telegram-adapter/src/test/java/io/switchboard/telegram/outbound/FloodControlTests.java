package io.switchboard.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.telegram.support.Channels;
import io.switchboard.telegram.support.Commands;
import io.switchboard.telegram.support.Receipts;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FloodControlTests {

    @Test
    void a429IsWaitedOutForExactlyRetryAfterThenTheSendIsMadeAgain() {
        TelegramBot bot = Channels.newBot();
        String tenant = Channels.newTenant();
        String channelId = Channels.registerPolling(tenant, bot);
        Channels.simulator()
                .injectFault(Map.of(
                        "platform", "telegram",
                        "pathContains", "/bot" + bot.id() + ":***/sendMessage",
                        "status", 429,
                        "retryAfter", 2,
                        "times", 1));

        DeliveryReceipt receipt =
                Receipts.of(Commands.to(tenant, channelId, 7012345678L, OutboundContent.Text.of("Ci sono!")));

        assertThat(receipt.state()).isEqualTo(DeliveryState.SENT);
        List<JsonNode> sends = Commands.sent(bot, "sendMessage");
        assertThat(sends).extracting(request -> request.get("status").asInt()).containsExactly(429, 200);
        Duration waited = Duration.between(receivedAt(sends.get(0)), receivedAt(sends.get(1)));
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    private static Instant receivedAt(JsonNode request) {
        return Instant.parse(request.get("receivedAt").asText());
    }
}
