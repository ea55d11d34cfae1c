package io.switchboard.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testsupport.jwt.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TenantTokenTests {

    @Test
    void theTenantComesFromTheTokensClaim() {
        given().auth()
                .oauth2(TestTokens.agent("studio-rossi"))
                .get("/probe/me")
                .then()
                .statusCode(200)
                .body(equalTo("studio-rossi"));
    }

    @Test
    void noTokenIsA401ProblemThatAsksForABearerToken() {
        given().get("/probe/me")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        given().auth()
                .oauth2(TestTokens.forged("studio-rossi"))
                .get("/probe/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void anAgentIsNotAnAdmin() {
        given().auth()
                .oauth2(TestTokens.agent("studio-rossi"))
                .get("/probe/admin-only")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aTokenWithoutTenantIsForbidden() {
        given().auth()
                .oauth2(TestTokens.withoutTenant(Roles.ADMIN))
                .get("/probe/me")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("The token carries no tenant claim."));
    }
}
