package io.switchboard.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.gateway.Operator;
import io.switchboard.testsupport.jwt.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RuleApiTests {

    static Map<String, Object> keywordReply(String name, List<String> keywords, String text) {
        return Map.of(
                "name", name,
                "trigger", Map.of("type", "KEYWORDS", "keywords", keywords),
                "action", Map.of("type", "REPLY", "text", text));
    }

    @Test
    void anAdminAddsAKeywordRuleAndReadsItBackNormalised() {
        String tenant = Operator.newTenant();

        String id = given().auth()
                .oauth2(TestTokens.admin(tenant))
                .contentType("application/json")
                .body(keywordReply("Prezzi", List.of("Prezzi", "  Listino PREZZI "), "Il listino: https://x.it"))
                .post("/api/v1/rules")
                .then()
                .statusCode(201)
                .body("trigger.keywords", contains("prezzi", "listino prezzi"))
                .body("priority", equalTo(100))
                .body("enabled", equalTo(true))
                .extract()
                .path("id");

        given().auth()
                .oauth2(TestTokens.agent(tenant))
                .get("/api/v1/rules/" + id)
                .then()
                .statusCode(200)
                .body("action.text", equalTo("Il listino: https://x.it"));
    }

    @Test
    void anAgentReadsRulesButCannotWriteThem() {
        String tenant = Operator.newTenant();

        given().auth()
                .oauth2(TestTokens.agent(tenant))
                .contentType("application/json")
                .body(keywordReply("x", List.of("x"), "y"))
                .post("/api/v1/rules")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aRuleWithoutKeywordsOrReplyIsExplainedFieldByField() {
        given().auth()
                .oauth2(TestTokens.admin(Operator.newTenant()))
                .contentType("application/json")
                .body(Map.of(
                        "name", "",
                        "trigger", Map.of("type", "KEYWORDS", "keywords", List.of()),
                        "action", Map.of("type", "REPLY", "text", "")))
                .post("/api/v1/rules")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("trigger.keywords"))
                .body("errors.field", hasItem("action.text"));
    }

    @Test
    void anUnknownTriggerTypeIsA400() {
        given().auth()
                .oauth2(TestTokens.admin(Operator.newTenant()))
                .contentType("application/json")
                .body(Map.of(
                        "name", "x",
                        "trigger", Map.of("type", "TELEPATHY", "keywords", List.of("x")),
                        "action", Map.of("type", "REPLY", "text", "y")))
                .post("/api/v1/rules")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void keywordsWithoutLettersAreRefused() {
        given().auth()
                .oauth2(TestTokens.admin(Operator.newTenant()))
                .contentType("application/json")
                .body(keywordReply("x", List.of("?!"), "y"))
                .post("/api/v1/rules")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anotherTenantsRuleIsNotFound() {
        String owner = Operator.newTenant();
        String id = given().auth()
                .oauth2(TestTokens.admin(owner))
                .contentType("application/json")
                .body(keywordReply("mine", List.of("mine"), "mine"))
                .post("/api/v1/rules")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        String other = TestTokens.admin(Operator.newTenant());
        given().auth().oauth2(other).get("/api/v1/rules/" + id).then().statusCode(404);
        given().auth().oauth2(other).delete("/api/v1/rules/" + id).then().statusCode(404);
        given().auth().oauth2(other).get("/api/v1/rules").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void rulesAreListedInTheOrderTheyAreTriedAndCanBeReplacedAndDeleted() {
        String admin = TestTokens.admin(Operator.newTenant());
        Map<String, Object> late = new java.util.HashMap<>(keywordReply("late", List.of("a"), "late"));
        late.put("priority", 50);
        Map<String, Object> early = new java.util.HashMap<>(keywordReply("early", List.of("a"), "early"));
        early.put("priority", 10);
        String lateId = given().auth()
                .oauth2(admin)
                .contentType("application/json")
                .body(late)
                .post("/api/v1/rules")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(admin)
                .contentType("application/json")
                .body(early)
                .post("/api/v1/rules")
                .then()
                .statusCode(201);

        given().auth().oauth2(admin).get("/api/v1/rules").then().body("name", contains("early", "late"));

        late.put("priority", 1);
        given().auth()
                .oauth2(admin)
                .contentType("application/json")
                .body(late)
                .put("/api/v1/rules/" + lateId)
                .then()
                .statusCode(200)
                .body("priority", equalTo(1));
        given().auth().oauth2(admin).get("/api/v1/rules").then().body("name", contains("late", "early"));

        given().auth().oauth2(admin).delete("/api/v1/rules/" + lateId).then().statusCode(204);
        given().auth().oauth2(admin).get("/api/v1/rules").then().body("name", contains("early"));
    }
}
