package io.switchboard.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testsupport.jwt.JwtTestResource;
import io.switchboard.testsupport.kafka.KafkaTestResource;
import io.switchboard.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** The endpoints every Switchboard service has. Carries the module's global test resources. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtTestResource.class, restrictToAnnotatedClass = false)
class ServiceEndpointsTests {

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void livenessAndStartupAreUp() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/started").then().statusCode(200);
    }

    @Test
    void theOpenApiDocumentDescribesTheCatalogApi() {
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/catalog/items/{id}"))
                .body("paths", hasKey("/api/v1/catalog/import"))
                .body("paths", hasKey("/api/v1/catalog/search"));
    }

    @Test
    void metricsArePublishedForPrometheusWithTheSearchTimer() {
        CatalogApi.asAgent(CatalogApi.newTenant())
                .queryParam("q", "cloud")
                .get(CatalogApi.SEARCH)
                .then()
                .statusCode(200);

        given().get("/q/metrics").then().statusCode(200).body(containsString("catalog_search_seconds_count"));
    }
}
