package io.switchboard.whatsapp.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.switchboard.testsupport.jwt.TestTokens;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A business connecting a number the simulated Graph API knows, through the channels API. */
public final class Registrations {

    private Registrations() {}

    /** A registered channel, with everything a test plays Meta or the gateway with. */
    public record Registered(String tenantId, String channelId, WhatsAppNumber number, String verifyToken) {

        public String adminToken() {
            return TestTokens.admin(tenantId);
        }
    }

    /** Adds a fresh number to the simulator and registers it for a fresh tenant. */
    public static Registered freshChannel() {
        WhatsAppNumber number = WhatsAppNumber.sample("Studio Rossi");
        Simulator.client().addWhatsAppNumber(number);
        return register("t-" + UUID.randomUUID(), number);
    }

    /** A fresh number with a Meta catalog registered on its channel. */
    public static Registered freshChannelWithCatalog(String catalogId) {
        WhatsAppNumber number = WhatsAppNumber.sample("Pasticceria Rossi");
        Simulator.client().addWhatsAppNumber(number);
        return register("t-" + UUID.randomUUID(), number, catalogId);
    }

    public static Registered register(String tenantId, WhatsAppNumber number) {
        return register(tenantId, number, null);
    }

    public static Registered register(String tenantId, WhatsAppNumber number, String catalogId) {
        String verifyToken = "verify-" + UUID.randomUUID();
        Map<String, Object> body = body(number, number.accessToken(), verifyToken);
        if (catalogId != null) {
            body.put("catalogId", catalogId);
        }
        String channelId = given().auth()
                .oauth2(TestTokens.admin(tenantId))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/channels/whatsapp")
                .then()
                .statusCode(201)
                .extract()
                .path("channelId");
        return new Registered(tenantId, channelId, number, verifyToken);
    }

    public static Map<String, Object> body(WhatsAppNumber number, String accessToken, String verifyToken) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phoneNumberId", number.phoneNumberId());
        body.put("wabaId", number.wabaId());
        body.put("accessToken", accessToken);
        body.put("appSecret", number.appSecret());
        body.put("verifyToken", verifyToken);
        return body;
    }
}
