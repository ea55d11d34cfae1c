package io.switchboard.common.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testsupport.jwt.JwtTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = JwtTestResource.class, restrictToAnnotatedClass = false)
class ProblemResponsesTests {

    @Test
    void aMissingThingIsA404ProblemNamingIt() {
        given().get("/probe/missing/42")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://switchboard.dev/problems/not-found"))
                .body("title", equalTo("widget not found"))
                .body("status", equalTo(404))
                .body("detail", containsString("42"))
                .body("instance", equalTo("/probe/missing/42"));
    }

    @Test
    void invalidFieldsAreListedOneByOne() {
        given().contentType("application/json")
                .body("{\"name\":\" \",\"code\":\"TOOLONG\"}")
                .post("/probe/widgets")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://switchboard.dev/problems/validation"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("code"));
    }

    @Test
    void malformedJsonIsA400NotA500() {
        given().contentType("application/json")
                .body("{\"name\": ")
                .post("/probe/widgets")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"));
    }

    @Test
    void aWrongTypeInTheJsonSaysWhere() {
        given().contentType("application/json")
                .body("{\"name\": {\"nested\": true}}")
                .post("/probe/widgets")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("name"));
    }

    @Test
    void anUnknownPathIsA404Problem() {
        given().get("/no/such/path")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not Found"));
    }

    @Test
    void aServerFaultHidesItsInternalsAndGivesAnIncidentId() {
        given().get("/probe/boom")
                .then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("detail", startsWith("Something went wrong on our side. Incident "))
                .body(not(containsString("hunter2")))
                .body(not(containsString("IllegalStateException")));
    }
}
