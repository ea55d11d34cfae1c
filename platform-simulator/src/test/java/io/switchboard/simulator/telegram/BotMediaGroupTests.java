package io.switchboard.simulator.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.switchboard.simulator.support.BotCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code sendMediaGroup}: albums of 2-10 items, answered as the array of messages sharing a media group id. */
@QuarkusTest
class BotMediaGroupTests {

    private static final long CHAT = 5550001L;

    @Test
    void anAlbum_isAnsweredAsOneMessagePerItem_inOneMediaGroup() {
        TelegramBot bot = Simulator.newBot();
        List<Map<String, String>> album = List.of(
                Map.of("type", "photo", "media", "https://studio-rossi.it/1.jpg", "caption", "Before and after"),
                Map.of("type", "video", "media", "https://studio-rossi.it/2.mp4"),
                Map.of("type", "photo", "media", "AgACAgQAAxkBAAIBY2Zk"));

        JsonPath result = BotCalls.call(bot, "sendMediaGroup", Map.of("chat_id", CHAT, "media", album))
                .statusCode(200)
                .body("ok", equalTo(true))
                .extract()
                .jsonPath();

        assertThat(result.getList("result.message_id", Integer.class)).containsExactly(1, 2, 3);
        assertThat(result.getList("result.media_group_id", String.class))
                .hasSize(3)
                .containsOnly(result.getString("result[0].media_group_id"));
        assertThat(result.getString("result[0].caption")).isEqualTo("Before and after");
        assertThat(result.getString("result[1].video.file_id")).isNotBlank();
        assertThat(result.getString("result[2].photo[1].file_id")).isEqualTo("AgACAgQAAxkBAAIBY2Zk");
    }

    @Test
    void oneItem_isNotAnAlbum() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "sendMediaGroup", Map.of("chat_id", CHAT, "media", photos(1)))
                .statusCode(400);
    }

    @Test
    void elevenItems_areTooManyForAnAlbum() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "sendMediaGroup", Map.of("chat_id", CHAT, "media", photos(11)))
                .statusCode(400)
                .body("description", equalTo("Bad Request: too many messages to send as an album"));
    }

    @Test
    void documents_cannotBeMixedWithPhotos() {
        TelegramBot bot = Simulator.newBot();
        List<Map<String, String>> album = List.of(
                Map.of("type", "photo", "media", "https://studio-rossi.it/1.jpg"),
                Map.of("type", "document", "media", "https://studio-rossi.it/listino.pdf"));

        BotCalls.call(bot, "sendMediaGroup", Map.of("chat_id", CHAT, "media", album))
                .statusCode(400)
                .body("description", equalTo("Bad Request: document can't be mixed with other media types"));
    }

    @Test
    void withoutMedia_theAlbumIsRefused() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "sendMediaGroup", Map.of("chat_id", CHAT))
                .statusCode(400)
                .body("description", equalTo("Bad Request: parameter \"media\" is required"));
    }

    @Test
    void anItemWithoutItsFile_isRefused() {
        TelegramBot bot = Simulator.newBot();
        List<Map<String, String>> album =
                List.of(Map.of("type", "photo", "media", "https://studio-rossi.it/1.jpg"), Map.of("type", "photo"));

        BotCalls.call(bot, "sendMediaGroup", Map.of("chat_id", CHAT, "media", album))
                .statusCode(400)
                .body("description", equalTo("Bad Request: can't parse InputMedia: media not found"));
    }

    private static List<Map<String, String>> photos(int count) {
        List<Map<String, String>> photos = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            photos.add(Map.of("type", "photo", "media", "https://studio-rossi.it/" + i + ".jpg"));
        }
        return photos;
    }
}
