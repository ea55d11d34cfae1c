package io.switchboard.gateway;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** What the operator does in tests: create tenants, issue tokens, through the API. */
public final class Operator {

    public static final String TOKEN = "test-operator-token-not-a-secret-0123456789";

    private Operator() {}

    public static RequestSpecification asOperator() {
        return given().auth().oauth2(TOKEN).contentType("application/json");
    }

    /** A new tenant with a unique id, so tests never see each other's data. */
    public static String newTenant() {
        String id = "t-" + UUID.randomUUID().toString().substring(0, 12);
        asOperator()
                .body(Map.of("id", id, "name", "Tenant " + id))
                .post("/api/v1/tenants")
                .then()
                .statusCode(201);
        return id;
    }
}
