package io.switchboard.simulator.telegram;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.support.BotCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Media and rich sends by {@code file_id} or URL: the sent message shows the file as Telegram stores it. */
@QuarkusTest
class BotMediaSendTests {

    private static final long CHAT = 5550001L;

    @Test
    void aPhotoByUrl_isSentAsPhotoSizesWithANewFileId() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(
                        bot,
                        "sendPhoto",
                        Map.of("chat_id", CHAT, "photo", "https://example.com/salon.jpg", "caption", "Our salon"))
                .statusCode(200)
                .body("result.photo", hasSize(2))
                .body("result.photo[1].file_id", startsWith("BQAC"))
                .body("result.caption", equalTo("Our salon"));
    }

    @Test
    void aDocumentByFileId_keepsTheFileId() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "sendDocument", Map.of("chat_id", CHAT, "document", "BQACAgQAAxkBAAIBprice-list"))
                .statusCode(200)
                .body("result.document.file_id", equalTo("BQACAgQAAxkBAAIBprice-list"))
                .body("result.document.file_unique_id", notNullValue());
    }

    @Test
    void aMediaSendWithoutTheMedia_isRefused() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "sendVideo", Map.of("chat_id", CHAT))
                .statusCode(400)
                .body("description", equalTo("Bad Request: there is no video in the request"));
    }

    @Test
    void aCaptionOver1024Characters_isRefused() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(
                        bot,
                        "sendPhoto",
                        Map.of("chat_id", CHAT, "photo", "https://example.com/a.jpg", "caption", "x".repeat(1025)))
                .statusCode(400)
                .body("description", equalTo("Bad Request: message caption is too long"));
    }

    @Test
    void aLocation_isSent() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "sendLocation", Map.of("chat_id", CHAT, "latitude", 45.4642, "longitude", 9.19))
                .statusCode(200)
                .body("result.location.latitude", equalTo(45.4642f));
    }

    @Test
    void aVideoNote_isSentWithoutACaption() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "sendVideoNote", Map.of("chat_id", CHAT, "video_note", "DQACAgQ", "caption", "ignored"))
                .statusCode(200)
                .body("result.video_note.file_id", equalTo("DQACAgQ"))
                .body("result.video_note.length", equalTo(240))
                .body("result.caption", nullValue());
    }

    @Test
    void aVenue_carriesItsTitleAddressAndLocation() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(
                        bot,
                        "sendVenue",
                        Map.of(
                                "chat_id",
                                CHAT,
                                "latitude",
                                45.4642,
                                "longitude",
                                9.19,
                                "title",
                                "Studio Rossi",
                                "address",
                                "Via Roma 1, Milano"))
                .statusCode(200)
                .body("result.venue.title", equalTo("Studio Rossi"))
                .body("result.venue.address", equalTo("Via Roma 1, Milano"))
                .body("result.location.longitude", equalTo(9.19f));
    }

    @Test
    void aVenueWithoutAnAddress_isABadRequest() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "sendVenue", Map.of("chat_id", CHAT, "latitude", 45.4642, "longitude", 9.19, "title", "X"))
                .statusCode(400)
                .body("description", equalTo("Bad Request: venue address is empty"));
    }

    @Test
    void anUpload_isRefusedAsNotSimulated() {
        TelegramBot bot = Simulator.newBot();

        given().multiPart("chat_id", String.valueOf(CHAT))
                .multiPart("photo", "salon.jpg", new byte[] {1, 2, 3})
                .post("/bot{token}/sendPhoto", bot.token())
                .then()
                .statusCode(400)
                .body("description", startsWith("Bad Request: file uploads are not simulated yet"));
    }
}
