package io.switchboard.telegram.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.switchboard.contract.ContractJson;
import io.switchboard.contract.Topics;
import io.switchboard.contract.channel.ChannelEvent;
import io.switchboard.telegram.support.Channels;
import io.switchboard.telegram.support.Commands;
import io.switchboard.telegram.support.TopicWatcher;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.jwt.TestTokens;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BotProfileTests {

    @Test
    void aNewBotsProfileShowsItsNameInEveryLanguageAndNothingElse() {
        Bot bot = Bot.registered();

        bot.get()
                .then()
                .statusCode(200)
                .body("languages.default.name", equalTo("Studio Rossi"))
                .body("languages.default.description", equalTo(""))
                .body("languages.it.name", equalTo("Studio Rossi"))
                .body("languages.en.commands.size()", equalTo(0));
    }

    @Test
    void eachLanguageIsSetWithItsOwnLanguageCodeAndReadBack() {
        Bot bot = Bot.registered();

        bot.put(Map.of(
                        "default",
                        Map.of("description", "Consulenze di interior design"),
                        "it",
                        Map.of(
                                "shortDescription",
                                "Prenota una consulenza",
                                "commands",
                                List.of(Map.of("command", "prenota", "description", "Prenota una consulenza"))),
                        "en",
                        Map.of(
                                "name",
                                "Rossi Studio",
                                "commands",
                                List.of(Map.of("command", "book", "description", "Book a consultation")))))
                .then()
                .statusCode(200)
                .body("languages.it.shortDescription", equalTo("Prenota una consulenza"))
                .body("languages.it.commands[0].command", equalTo("prenota"))
                .body("languages.en.name", equalTo("Rossi Studio"))
                .body("languages.en.commands[0].description", equalTo("Book a consultation"))
                .body("languages.default.description", equalTo("Consulenze di interior design"));

        JsonNode setName = body(Commands.sent(bot.telegram(), "setMyName").get(0));
        assertThat(setName.get("language_code").asText()).isEqualTo("en");
        JsonNode setDescription =
                body(Commands.sent(bot.telegram(), "setMyDescription").get(0));
        assertThat(setDescription.has("language_code")).isFalse();
    }

    @Test
    void anEmptyCommandListRemovesTheLanguagesMenu() {
        Bot bot = Bot.registered();
        bot.put(Map.of("it", Map.of("commands", List.of(Map.of("command", "orari", "description", "Orari")))))
                .then()
                .statusCode(200);

        bot.put(Map.of("it", Map.of("commands", List.of())))
                .then()
                .statusCode(200)
                .body("languages.it.commands.size()", equalTo(0));

        assertThat(Commands.sent(bot.telegram(), "deleteMyCommands")).hasSize(1);
    }

    @Test
    void aNewDefaultNameIsTheChannelsNameInTheDirectory() {
        Bot bot = Bot.registered();
        try (TopicWatcher directory = TopicWatcher.fromNow(Topics.CHANNELS)) {
            bot.put(Map.of("default", Map.of("name", "Studio Rossi Design")))
                    .then()
                    .statusCode(200);

            ChannelEvent event = ContractJson.fromBytes(
                    directory
                            .await(TopicWatcher.keyIs(bot.channelId()), 1)
                            .get(0)
                            .value(),
                    ChannelEvent.class);
            assertThat(event.displayName()).isEqualTo("Studio Rossi Design");
        }
        given().auth()
                .oauth2(TestTokens.admin(bot.tenant()))
                .get(Channels.API + "/" + bot.channelId())
                .then()
                .body("displayName", equalTo("Studio Rossi Design"));
    }

    @Test
    void textsOverTelegramsLimitsAreRefusedBeforeTelegramIsAsked() {
        Bot bot = Bot.registered();

        bot.put(Map.of("it", Map.of("name", "x".repeat(65)))).then().statusCode(400);
        bot.put(Map.of("it", Map.of("description", "x".repeat(513)))).then().statusCode(400);
        bot.put(Map.of("it", Map.of("shortDescription", "x".repeat(121))))
                .then()
                .statusCode(400);

        assertThat(Commands.sent(bot.telegram(), "setMy")).isEmpty();
    }

    @Test
    void commandsOutsideTelegramsRulesAreRefusedBeforeTelegramIsAsked() {
        Bot bot = Bot.registered();
        List<Map<String, String>> tooMany = IntStream.range(0, 101)
                .mapToObj(i -> Map.of("command", "c" + i, "description", "Comando " + i))
                .toList();

        bot.put(Map.of("it", Map.of("commands", List.of(Map.of("command", "/Prenota", "description", "x")))))
                .then()
                .statusCode(400);
        bot.put(Map.of("it", Map.of("commands", List.of(Map.of("command", "x".repeat(33), "description", "x")))))
                .then()
                .statusCode(400);
        bot.put(Map.of("it", Map.of("commands", List.of(Map.of("command", "orari", "description", "")))))
                .then()
                .statusCode(400);
        bot.put(Map.of("it", Map.of("commands", List.of(Map.of("command", "orari", "description", "x".repeat(257))))))
                .then()
                .statusCode(400);
        bot.put(Map.of("it", Map.of("commands", tooMany))).then().statusCode(400);
        bot.put(Map.of(
                        "it",
                        Map.of(
                                "commands",
                                List.of(
                                        Map.of("command", "orari", "description", "Orari"),
                                        Map.of("command", "orari", "description", "Ancora orari")))))
                .then()
                .statusCode(400);

        assertThat(Commands.sent(bot.telegram(), "setMyCommands")).isEmpty();
    }

    @Test
    void aLanguageIsDefaultOrATwoLetterCode() {
        Bot bot = Bot.registered();

        bot.put(Map.of("italiano", Map.of("name", "Studio Rossi"))).then().statusCode(400);
    }

    @Test
    void anotherTenantsBotProfileIsNotFound() {
        Bot bot = Bot.registered();

        given().auth()
                .oauth2(TestTokens.admin(Channels.newTenant()))
                .get(Channels.API + "/" + bot.channelId() + "/profile")
                .then()
                .statusCode(404);
    }

    private static JsonNode body(JsonNode request) {
        return JsonHttp.json(request.get("body").asText());
    }

    private record Bot(TelegramBot telegram, String tenant, String channelId) {

        static Bot registered() {
            TelegramBot bot = Channels.newBot();
            String tenant = Channels.newTenant();
            return new Bot(bot, tenant, Channels.registerPolling(tenant, bot));
        }

        Response get() {
            return given().auth().oauth2(TestTokens.admin(tenant)).get(Channels.API + "/" + channelId + "/profile");
        }

        Response put(Map<String, Object> languages) {
            return given().auth()
                    .oauth2(TestTokens.admin(tenant))
                    .contentType(ContentType.JSON)
                    .body(Map.of("languages", languages))
                    .put(Channels.API + "/" + channelId + "/profile");
        }
    }
}
