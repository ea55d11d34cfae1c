package io.switchboard.simulator.telegram;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.switchboard.simulator.support.BotCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code getUpdates}: offsets confirm, unconfirmed updates come back, long polls wait, one poll per bot. */
@QuarkusTest
class BotGetUpdatesTests {

    private static final long USER = 5550001L;

    @Test
    void queuedUpdates_areReturnedInOrder_withIncreasingIds() {
        TelegramBot bot = Simulator.newBot();
        long first = userWrites(bot, "one");
        long second = userWrites(bot, "two");

        JsonPath updates = poll(bot, Map.of());

        assertThat(updates.getList("result.update_id", Long.class)).containsExactly(first, second);
        assertThat(second).isEqualTo(first + 1);
        assertThat(updates.getList("result.message.text", String.class)).containsExactly("one", "two");
        assertThat(updates.getString("result[0].message.from.first_name")).isEqualTo("Giulia");
        assertThat(updates.getString("result[0].message.from.language_code")).isEqualTo("it");
    }

    @Test
    void unconfirmedUpdates_areReturnedAgain() {
        TelegramBot bot = Simulator.newBot();
        long id = userWrites(bot, "one");

        poll(bot, Map.of());

        assertThat(poll(bot, Map.of()).getList("result.update_id", Long.class)).containsExactly(id);
    }

    @Test
    void anOffset_confirmsEveryUpdateBelowIt() {
        TelegramBot bot = Simulator.newBot();
        long first = userWrites(bot, "one");
        long second = userWrites(bot, "two");

        JsonPath updates = poll(bot, Map.of("offset", first + 1));

        assertThat(updates.getList("result.update_id", Long.class)).containsExactly(second);
        assertThat(poll(bot, Map.of()).getList("result.update_id", Long.class)).containsExactly(second);
    }

    @Test
    void aLimit_capsHowManyAreReturned() {
        TelegramBot bot = Simulator.newBot();
        long first = userWrites(bot, "one");
        userWrites(bot, "two");

        assertThat(poll(bot, Map.of("limit", 1)).getList("result.update_id", Long.class))
                .containsExactly(first);
    }

    @Test
    void aNegativeOffset_keepsOnlyTheLastUpdates() {
        TelegramBot bot = Simulator.newBot();
        userWrites(bot, "one");
        long last = userWrites(bot, "two");

        assertThat(poll(bot, Map.of("offset", -1)).getList("result.update_id", Long.class))
                .containsExactly(last);
        assertThat(poll(bot, Map.of()).getList("result.update_id", Long.class)).containsExactly(last);
    }

    @Test
    void aLongPoll_answersAsSoonAsAnUpdateArrives() throws Exception {
        TelegramBot bot = Simulator.newBot();
        CompletableFuture<JsonPath> longPoll = CompletableFuture.supplyAsync(() -> poll(bot, Map.of("timeout", 20)));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !longPoll.isDone());

        long id = userWrites(bot, "are you open today?");

        JsonPath updates = longPoll.get(5, TimeUnit.SECONDS);
        assertThat(updates.getList("result.update_id", Long.class)).containsExactly(id);
    }

    @Test
    void aLongPollWithNothingToSay_answersAnEmptyListWhenItsTimeoutPasses() {
        TelegramBot bot = Simulator.newBot();

        assertThat(poll(bot, Map.of("timeout", 1)).getList("result")).isEmpty();
    }

    @Test
    void aSecondPoll_terminatesTheWaitingOne() throws Exception {
        TelegramBot bot = Simulator.newBot();
        CompletableFuture<JsonPath> firstPoll = CompletableFuture.supplyAsync(() -> given().queryParam("timeout", 20)
                .get("/bot{token}/getUpdates", bot.token())
                .then()
                .statusCode(409)
                .extract()
                .jsonPath());
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !firstPoll.isDone());

        poll(bot, Map.of());

        assertThat(firstPoll.get(5, TimeUnit.SECONDS).getString("description"))
                .isEqualTo("Conflict: terminated by other getUpdates request; make sure that only one bot instance is"
                        + " running");
    }

    @Test
    void optInUpdateKinds_areDroppedUnlessAllowed() {
        TelegramBot bot = Simulator.newBot();
        JsonNode reaction = JsonHttp.json(Fixtures.text("fixtures/telegram/message-reaction-update.json"));

        assertThat(Simulator.client()
                        .telegramUpdate(bot.id(), reaction)
                        .get("delivery")
                        .asText())
                .isEqualTo("dropped");

        poll(bot, Map.of("allowed_updates", List.of("message", "message_reaction")));
        JsonNode allowed = Simulator.client().telegramUpdate(bot.id(), reaction);
        assertThat(allowed.get("delivery").asText()).isEqualTo("queued");
        assertThat(poll(bot, Map.of()).getList("result.update_id", Long.class))
                .containsExactly(allowed.get("updateId").asLong());
    }

    private static long userWrites(TelegramBot bot, String text) {
        return Simulator.client()
                .telegramUserWrites(bot.id(), USER, "Giulia", text)
                .get("updateId")
                .asLong();
    }

    private static JsonPath poll(TelegramBot bot, Map<String, ?> parameters) {
        return BotCalls.call(bot, "getUpdates", parameters)
                .statusCode(200)
                .body("ok", equalTo(true))
                .extract()
                .jsonPath();
    }
}
