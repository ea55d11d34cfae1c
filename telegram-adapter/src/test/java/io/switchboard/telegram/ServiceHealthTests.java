package io.switchboard.telegram;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testsupport.jwt.JwtTestResource;
import io.switchboard.testsupport.kafka.KafkaTestResource;
import io.switchboard.testsupport.postgres.PostgresTestResource;
import io.switchboard.testsupport.simulator.SimulatorTestResource;
import org.junit.jupiter.api.Test;

/** Carries the module's global test resources: a real broker, a fresh database, token keys and the simulator. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = SimulatorTestResource.class, restrictToAnnotatedClass = false)
class ServiceHealthTests {

    @Test
    void readinessChecksTheBrokerAndTheDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItems("Kafka connection health check", "Database connections health check"));
    }

    @Test
    void livenessAndStartupAnswer() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/started").then().statusCode(200);
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void theOpenApiDocumentDescribesTheChannelApi() {
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(containsString("/api/v1/channels/telegram"))
                .body(containsString("/api/v1/channels/telegram/{channelId}/profile"))
                .body(containsString("/webhooks/telegram/{channelId}"));
    }
}
