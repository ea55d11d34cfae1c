package io.switchboard.simulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.support.BotCalls;
import io.switchboard.simulator.support.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Health, OpenAPI and metrics, as every Switchboard service offers them. */
@QuarkusTest
class ServiceEndpointsTests {

    @ParameterizedTest
    @ValueSource(strings = {"/q/health/live", "/q/health/ready", "/q/health/started"})
    void healthEndpoints_areUp(String path) {
        given().get(path).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theOpenApiDocument_describesTheControlApi() {
        given().get("/q/openapi")
                .then()
                .statusCode(200)
                .body(containsString("/simulator/whatsapp/numbers"))
                .body(containsString("/simulator/telegram/bots"));
    }

    @Test
    void metrics_countPlatformRequests() {
        BotCalls.call(Simulator.newBot(), "getMe").statusCode(200);

        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("simulator_platform_requests_total{platform=\"telegram\",status=\"200\"}"));
    }
}
