package io.switchboard.whatsapp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testsupport.jwt.JwtTestResource;
import io.switchboard.testsupport.kafka.KafkaTestResource;
import io.switchboard.testsupport.postgres.PostgresTestResource;
import io.switchboard.testsupport.simulator.SimulatorTestResource;
import org.junit.jupiter.api.Test;

/** Carries the module's global test resources: every {@code @QuarkusTest} here runs against them. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = SimulatorTestResource.class, restrictToAnnotatedClass = false)
class SmokeTests {

    @Test
    void theServiceIsReadyWithKafkaAndTheDatabaseChecked() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Kafka connection health check"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("whatsapp-channels"));
    }

    @Test
    void metricsAndTheOpenApiDocumentAreServed() {
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
