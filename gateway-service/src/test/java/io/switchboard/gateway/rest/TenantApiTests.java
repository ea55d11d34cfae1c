package io.switchboard.gateway.rest;

import static io.restassured.RestAssured.given;
import static io.switchboard.gateway.Operator.asOperator;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.gateway.Operator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TenantApiTests {

    @Test
    void theOperatorCreatesATenantWhoseIdDerivesFromItsName() {
        asOperator()
                .body(Map.of("name", "Studio Rossì & C."))
                .post("/api/v1/tenants")
                .then()
                .statusCode(201)
                .body("id", matchesPattern("studio-rossi-c-\\d{4}"))
                .body("name", equalTo("Studio Rossì & C."))
                .header("Location", matchesPattern(".*/api/v1/tenants/studio-rossi-c-\\d{4}"));
    }

    @Test
    void withoutTheOperatorTokenNobodyCreatesTenants() {
        given().contentType("application/json")
                .body(Map.of("name", "Intruder"))
                .post("/api/v1/tenants")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth()
                .oauth2("not-the-operator-token-at-all-000000")
                .contentType("application/json")
                .body(Map.of("name", "Intruder"))
                .post("/api/v1/tenants")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", equalTo("The operator token is not valid."));
    }

    @Test
    void aTakenIdIsAConflict() {
        String tenant = Operator.newTenant();

        asOperator()
                .body(Map.of("id", tenant, "name", "Again"))
                .post("/api/v1/tenants")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void anInvalidIdIsExplained() {
        asOperator()
                .body(Map.of("id", "Not Valid!", "name", "x"))
                .post("/api/v1/tenants")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void anIssuedTokenOpensTheTenantsApi() {
        String tenant = Operator.newTenant();

        String token = asOperator()
                .body(Map.of("subject", "mario@studio-rossi.it", "roles", List.of("admin"), "ttl", "PT1H"))
                .post("/api/v1/tenants/" + tenant + "/tokens")
                .then()
                .statusCode(201)
                .body("tenantId", equalTo(tenant))
                .body("tokenId", notNullValue())
                .extract()
                .path("token");

        given().auth().oauth2(token).get("/api/v1/rules").then().statusCode(200);
    }

    @Test
    void tokensAreIssuedOnlyForExistingTenantsWithKnownRoles() {
        asOperator()
                .body(Map.of("subject", "x", "roles", List.of("admin")))
                .post("/api/v1/tenants/no-such-tenant/tokens")
                .then()
                .statusCode(404);
        asOperator()
                .body(Map.of("subject", "x", "roles", List.of("root")))
                .post("/api/v1/tenants/" + Operator.newTenant() + "/tokens")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aTokenLongerThanAllowedIsRefused() {
        asOperator()
                .body(Map.of("subject", "x", "roles", List.of("agent"), "ttl", "P9999D"))
                .post("/api/v1/tenants/" + Operator.newTenant() + "/tokens")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
