package io.switchboard.simulator.whatsapp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The Graph API's media: upload, the 5-minute download link, download with the bearer token, delete. */
@QuarkusTest
class GraphMediaTests {

    private static final byte[] MENU = "%PDF-1.4 the menu of Studio Rossi".getBytes(StandardCharsets.US_ASCII);

    @Test
    void anUpload_isAnsweredWithAMediaId() {
        WhatsAppNumber number = Simulator.newNumber();

        upload(number, MENU, "application/pdf").statusCode(200).body("id", matchesPattern("\\d{16}"));
    }

    @Test
    void anUploadedMedia_isDescribedWithADownloadLink_itsTypeSizeAndHash() throws Exception {
        WhatsAppNumber number = Simulator.newNumber();
        String id = uploaded(number, MENU, "application/pdf");

        describe(number, id)
                .statusCode(200)
                .body("messaging_product", equalTo("whatsapp"))
                .body("id", equalTo(id))
                .body("mime_type", equalTo("application/pdf"))
                .body("file_size", equalTo(Integer.toString(MENU.length)))
                .body("sha256", equalTo(sha256(MENU)))
                .body("url", startsWith(Simulator.baseUrl() + "/whatsapp_business/attachments/?mid=" + id));
    }

    @Test
    void theLink_downloadsTheBytes_withTheSameBearerToken() {
        WhatsAppNumber number = Simulator.newNumber();
        String url = link(number, uploaded(number, MENU, "application/pdf"));

        byte[] downloaded = given().header("Authorization", "Bearer " + number.accessToken())
                .get(url)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();

        assertThat(downloaded).isEqualTo(MENU);
    }

    @Test
    void theLink_withoutAToken_is401() {
        WhatsAppNumber number = Simulator.newNumber();
        String url = link(number, uploaded(number, MENU, "application/pdf"));

        given().get(url).then().statusCode(401).body("error.code", equalTo(190));
    }

    @Test
    void theLink_withAnotherAppsToken_is404() {
        WhatsAppNumber number = Simulator.newNumber();
        WhatsAppNumber other = Simulator.newNumber();
        String url = link(number, uploaded(number, MENU, "application/pdf"));

        given().header("Authorization", "Bearer " + other.accessToken())
                .get(url)
                .then()
                .statusCode(404);
    }

    @Test
    void aLinkThatWasNeverIssued_is404() {
        WhatsAppNumber number = Simulator.newNumber();
        String url = link(number, uploaded(number, MENU, "application/pdf"));

        given().header("Authorization", "Bearer " + number.accessToken())
                .get(url.replaceAll("hash=[^&]+", "hash=ATmadeup"))
                .then()
                .statusCode(404);
    }

    @Test
    void anotherAppsMedia_isAnUnsupportedGet() {
        WhatsAppNumber number = Simulator.newNumber();
        WhatsAppNumber other = Simulator.newNumber();
        String id = uploaded(number, MENU, "application/pdf");

        describe(other, id).statusCode(400).body("error.code", equalTo(100)).body("error.error_subcode", equalTo(33));
    }

    @Test
    void aDeletedMedia_isGone_andItsLinkNoLongerDownloads() {
        WhatsAppNumber number = Simulator.newNumber();
        String id = uploaded(number, MENU, "application/pdf");
        String url = link(number, id);

        given().header("Authorization", "Bearer " + number.accessToken())
                .delete("/v23.0/{id}", id)
                .then()
                .statusCode(200)
                .body("success", equalTo(true));

        describe(number, id).statusCode(400).body("error.error_subcode", equalTo(33));
        given().header("Authorization", "Bearer " + number.accessToken())
                .get(url)
                .then()
                .statusCode(404);
    }

    @Test
    void aFileOfAnUnsupportedType_isRefusedWithCode100() {
        WhatsAppNumber number = Simulator.newNumber();

        upload(number, new byte[] {1, 2, 3}, "application/x-msdownload")
                .statusCode(400)
                .body("error.code", equalTo(100))
                .body("error.error_data.details", startsWith("Param file must be a file with one of the following"));
    }

    @Test
    void anImageOverFiveMegabytes_isRefused() {
        WhatsAppNumber number = Simulator.newNumber();

        upload(number, new byte[5 * 1024 * 1024 + 1], "image/jpeg")
                .statusCode(400)
                .body("error.code", equalTo(100));
    }

    @Test
    void anUploadWithoutMessagingProduct_isRefused() {
        WhatsAppNumber number = Simulator.newNumber();

        given().header("Authorization", "Bearer " + number.accessToken())
                .multiPart("file", "menu.pdf", MENU, "application/pdf")
                .multiPart("type", "application/pdf")
                .post("/v23.0/{id}/media", number.phoneNumberId())
                .then()
                .statusCode(400)
                .body("error.error_data.details", equalTo("The parameter messaging_product is required."));
    }

    @Test
    void anUploadThatIsNotAForm_hasNoFile() {
        WhatsAppNumber number = Simulator.newNumber();

        given().header("Authorization", "Bearer " + number.accessToken())
                .contentType("application/json")
                .body("{\"messaging_product\":\"whatsapp\",\"file\":\"@/local/path/file.jpg;type=image/jpeg\"}")
                .post("/v23.0/{id}/media", number.phoneNumberId())
                .then()
                .statusCode(400)
                .body("error.error_data.details", equalTo("The parameter file is required."));
    }

    @Test
    void anUploadWithAWrongToken_is401() {
        WhatsAppNumber number = Simulator.newNumber();

        given().header("Authorization", "Bearer EAAGwrong")
                .multiPart("file", "menu.pdf", MENU, "application/pdf")
                .multiPart("messaging_product", "whatsapp")
                .post("/v23.0/{id}/media", number.phoneNumberId())
                .then()
                .statusCode(401)
                .body("error.code", equalTo(190));
    }

    @Test
    void theUpload_isRecordedWithoutItsBytes() {
        WhatsAppNumber number = Simulator.newNumber();
        uploaded(number, MENU, "application/pdf");

        String recorded = Simulator.client()
                .requests("whatsapp", number.phoneNumberId() + "/media")
                .getFirst()
                .get("body")
                .asText();

        assertThat(recorded)
                .contains("messaging_product=whatsapp")
                .contains("menu.pdf")
                .doesNotContain("%PDF");
    }

    static ValidatableResponse upload(WhatsAppNumber number, byte[] file, String type) {
        return given().header("Authorization", "Bearer " + number.accessToken())
                .multiPart("file", "menu.pdf", file, type)
                .multiPart("type", type)
                .multiPart("messaging_product", "whatsapp")
                .post("/v23.0/{id}/media", number.phoneNumberId())
                .then();
    }

    static String uploaded(WhatsAppNumber number, byte[] file, String type) {
        return upload(number, file, type).statusCode(200).extract().path("id");
    }

    static ValidatableResponse describe(WhatsAppNumber number, String mediaId) {
        return given().header("Authorization", "Bearer " + number.accessToken())
                .get("/v23.0/{id}", mediaId)
                .then();
    }

    static String link(WhatsAppNumber number, String mediaId) {
        return describe(number, mediaId).statusCode(200).extract().path("url");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
