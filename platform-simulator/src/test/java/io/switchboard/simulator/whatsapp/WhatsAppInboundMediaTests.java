package io.switchboard.simulator.whatsapp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.simulator.support.WebhookCaptures;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A customer's media message arrives with a media object the business can download, as Meta's webhooks carry it. */
@QuarkusTest
class WhatsAppInboundMediaTests {

    @Inject
    WebhookCaptures captures;

    @Test
    void aPhotoWithoutAnId_getsANewMediaObject_withADownloadLink() {
        WhatsAppNumber number = Simulator.newNumber();
        String webhook = Simulator.subscribedWebhook(captures, number);

        customerSends(number, Map.of("type", "image", "image", Map.of("caption", "This colour, please")));

        JsonNode image = delivered(webhook).get("image");
        assertThat(image.get("caption").asText()).isEqualTo("This colour, please");
        assertThat(image.get("mime_type").asText()).isEqualTo("image/jpeg");
        assertThat(image.get("id").asText()).matches("\\d{16}");
        assertThat(image.get("sha256").asText()).endsWith("=");
        byte[] photo = download(number, image.get("url").asText());
        assertThat(photo).startsWith(0xFF, 0xD8);
    }

    @Test
    void aRegisteredFile_isWhatTheCustomerSends() {
        WhatsAppNumber number = Simulator.newNumber();
        String webhook = Simulator.subscribedWebhook(captures, number);
        byte[] voice = "OggS a voice note".getBytes(StandardCharsets.US_ASCII);
        JsonNode registered = given().contentType("audio/ogg; codecs=opus")
                .body(voice)
                .post("/simulator/whatsapp/numbers/{id}/media", number.phoneNumberId())
                .then()
                .statusCode(201)
                .extract()
                .as(JsonNode.class);

        customerSends(
                number,
                Map.of(
                        "type",
                        "audio",
                        "audio",
                        Map.of("id", registered.get("id").asText())));

        JsonNode audio = delivered(webhook).get("audio");
        assertThat(audio.get("mime_type").asText()).isEqualTo("audio/ogg; codecs=opus");
        assertThat(audio.get("sha256").asText())
                .isEqualTo(registered.get("sha256").asText());
        assertThat(download(number, audio.get("url").asText())).isEqualTo(voice);
    }

    @Test
    void aDocument_keepsItsFileName() {
        WhatsAppNumber number = Simulator.newNumber();
        String webhook = Simulator.subscribedWebhook(captures, number);

        customerSends(number, Map.of("type", "document", "document", Map.of("filename", "preventivo.pdf")));

        JsonNode document = delivered(webhook).get("document");
        assertThat(document.get("filename").asText()).isEqualTo("preventivo.pdf");
        assertThat(document.get("mime_type").asText()).isEqualTo("application/pdf");
        assertThat(document.has("url")).isTrue();
    }

    private static void customerSends(WhatsAppNumber number, Map<String, Object> message) {
        new JsonHttp(Simulator.baseUrl())
                .post(
                        "/simulator/whatsapp/numbers/" + number.phoneNumberId() + "/inbound",
                        Map.of("from", "393331234567", "name", "Giulia", "message", message),
                        Map.of())
                .expect(200);
    }

    private JsonNode delivered(String webhook) {
        return captures.posts(webhook).getFirst().json().at("/entry/0/changes/0/value/messages/0");
    }

    private static byte[] download(WhatsAppNumber number, String url) {
        return given().header("Authorization", "Bearer " + number.accessToken())
                .get(url)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }
}
