package io.switchboard.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.simulator.SimulatorClient;
import io.switchboard.testsupport.simulator.TelegramBot;
import io.switchboard.testsupport.suite.Suite;
import io.switchboard.testsupport.suite.SuiteClient;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same slice on Telegram, for a bot reached by webhook and for one the adapter long-polls. */
class TelegramSliceIT {

    private static SuiteClient api;
    private static SimulatorClient simulator;

    @BeforeAll
    static void startSuite() {
        RunningSuite.get();
        api = RunningSuite.api();
        simulator = RunningSuite.simulator();
    }

    @Test
    void aBotInWebhookModeAnswersThroughTheRule() {
        String admin = RunningSuite.newTenantAdmin();
        TelegramBot bot = TelegramBot.sample("webhook_shop_bot");
        simulator.addTelegramBot(bot);
        api.registerTelegram(admin, bot, "WEBHOOK", RunningSuite.get().url(Suite.TELEGRAM))
                .expect(201);
        assertThat(simulator.telegramBot(bot.id()).get("hasSecretToken").asBoolean())
                .isTrue();
        api.addKeywordRule(admin, "Orari", List.of("orari"), "Aperti dal lunedì al venerdì, 9-18.");

        JsonNode written = simulator.telegramUserWrites(bot.id(), 7012345678L, "Marco", "Che orari fate?");

        assertThat(written.get("delivery").asText()).isEqualTo("webhook");
        assertThat(written.get("status").asInt()).isEqualTo(200);
        assertThat(awaitSendMessage(bot, 7012345678L).get("text").asText())
                .isEqualTo("Aperti dal lunedì al venerdì, 9-18.");
        new Inbox(api, admin).awaitMessage("7012345678", Inbox.outbound("SENT"));
    }

    @Test
    void aBotInPollingModeAnswersThroughTheRule() {
        String admin = RunningSuite.newTenantAdmin();
        TelegramBot bot = TelegramBot.sample("polling_shop_bot");
        simulator.addTelegramBot(bot);
        api.registerTelegram(admin, bot, "POLLING", null).expect(201);
        api.addKeywordRule(admin, "Prezzi", List.of("prezzi"), "Listino: https://studio-rossi.it/prezzi");

        JsonNode written = simulator.telegramUserWrites(bot.id(), 7099999999L, "Anna", "prezzi?");

        assertThat(written.get("delivery").asText()).isEqualTo("queued");
        assertThat(awaitSendMessage(bot, 7099999999L).get("text").asText())
                .isEqualTo("Listino: https://studio-rossi.it/prezzi");
        new Inbox(api, admin).awaitMessage("7099999999", Inbox.outbound("SENT"));
    }

    /** The {@code sendMessage} call the adapter made for {@code chatId}, as the simulator recorded it. */
    static JsonNode awaitSendMessage(TelegramBot bot, long chatId) {
        return await().atMost(Inbox.WAIT)
                .until(
                        () -> simulator.requests("telegram", "/bot" + bot.id() + ":").stream()
                                .filter(request -> request.get("path").asText().endsWith("/sendMessage"))
                                .map(request ->
                                        JsonHttp.json(request.get("body").asText()))
                                .filter(body -> body.path("chat_id").asLong() == chatId)
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }
}
