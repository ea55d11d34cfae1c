package io.switchboard.telegram.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.switchboard.telegram.support.Channels;
import io.switchboard.testsupport.jwt.TestTokens;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistrationRefusalTests {

    @Test
    void aTokenTelegramRefusesIs422WithAClearDetail() {
        TelegramBot unknown = Channels.unknownBot();

        Channels.register(Channels.newTenant(), unknown, "POLLING", null)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("Telegram refused the bot token"))
                .body("detail", containsString("401"));
    }

    @Test
    void aMalformedTokenIs400() {
        given().auth()
                .oauth2(TestTokens.admin(Channels.newTenant()))
                .contentType(ContentType.JSON)
                .body(Map.of("botToken", "not-a-token", "mode", "POLLING"))
                .post(Channels.API)
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("botToken"));
    }

    @Test
    void webhookModeWithoutAPublicBaseUrlIs400() {
        Channels.register(Channels.newTenant(), Channels.newBot(), "WEBHOOK", null)
                .then()
                .statusCode(400)
                .body("detail", containsString("publicBaseUrl"));
    }

    @Test
    void theSameBotRegisteredTwiceByATenantIs409() {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.newBot();
        String channelId = Channels.registerPolling(tenant, bot);

        Channels.register(tenant, bot, "POLLING", null)
                .then()
                .statusCode(409)
                .body("detail", containsString(channelId));
    }

    @Test
    void aBotAlreadyConnectedByAnotherTenantIs409WithoutNamingTheirChannel() {
        TelegramBot bot = Channels.newBot();
        String channelId = Channels.registerPolling(Channels.newTenant(), bot);

        Channels.register(Channels.newTenant(), bot, "POLLING", null)
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.not(containsString(channelId)));
    }

    @Test
    void withoutATokenTheApiIs401() {
        given().contentType(ContentType.JSON)
                .body(Map.of("botToken", "1:x", "mode", "POLLING"))
                .post(Channels.API)
                .then()
                .statusCode(401);
    }

    @Test
    void anAgentMayNotRegisterChannels() {
        given().auth()
                .oauth2(TestTokens.agent(Channels.newTenant()))
                .contentType(ContentType.JSON)
                .body(Map.of("botToken", Channels.newBot().token(), "mode", "POLLING"))
                .post(Channels.API)
                .then()
                .statusCode(403);
    }
}
