package io.switchboard.simulator.whatsapp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.switchboard.simulator.support.GraphCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Message templates: seeded per WhatsApp Business Account, listed by Graph, and checked on every template send. */
@QuarkusTest
class GraphTemplateTests {

    private static final String REMINDER = Fixtures.text("fixtures/whatsapp/template-appointment-reminder.json");

    @Test
    void aSeededTemplate_isApprovedWithAnId() {
        WhatsAppNumber number = Simulator.newNumber();

        seed(number, REMINDER)
                .statusCode(201)
                .body("name", equalTo("appointment_reminder"))
                .body("status", equalTo("APPROVED"))
                .body("id", matchesPattern("\\d{15}"));
    }

    @Test
    void theAccountsTemplates_areListedByGraph_inMetasShape() {
        WhatsAppNumber number = Simulator.newNumber();
        seed(number, REMINDER).statusCode(201);

        templates(number, Map.of())
                .statusCode(200)
                .body("data", hasSize(1))
                .body("data[0].name", equalTo("appointment_reminder"))
                .body("data[0].language", equalTo("it"))
                .body("data[0].category", equalTo("UTILITY"))
                .body("data[0].parameter_format", equalTo("POSITIONAL"))
                .body("data[0].components[1].type", equalTo("BODY"))
                .body("paging.cursors.after", matchesPattern(".+"));
    }

    @Test
    void theList_canBeFilteredByName() {
        WhatsAppNumber number = Simulator.newNumber();
        seed(number, REMINDER).statusCode(201);
        seed(number, "{\"name\":\"hello_world\",\"language\":\"en_US\"}").statusCode(201);

        templates(number, Map.of("name", "hello_world"))
                .statusCode(200)
                .body("data", hasSize(1))
                .body("data[0].name", equalTo("hello_world"));
    }

    @Test
    void anotherAppsAccount_isAnUnsupportedGet() {
        WhatsAppNumber number = Simulator.newNumber();
        WhatsAppNumber other = Simulator.newNumber();

        given().header("Authorization", "Bearer " + other.accessToken())
                .get("/v23.0/{waba}/message_templates", number.wabaId())
                .then()
                .statusCode(400)
                .body("error.code", equalTo(100))
                .body("error.error_subcode", equalTo(33));
    }

    @Test
    void aSendWithTheRightParameters_isAccepted() {
        WhatsAppNumber number = Simulator.newNumber();
        seed(number, REMINDER).statusCode(201);

        GraphCalls.send(number, reminder("appointment_reminder", "it", List.of("Giulia", "martedì", "10:00")))
                .statusCode(200)
                .body("messages[0].message_status", equalTo("accepted"));
    }

    @Test
    void anUnknownTemplateName_is132001() {
        WhatsAppNumber number = Simulator.newNumber();
        seed(number, REMINDER).statusCode(201);

        GraphCalls.send(number, reminder("appointment_remindr", "it", List.of("Giulia", "martedì", "10:00")))
                .statusCode(400)
                .body("error.code", equalTo(132001))
                .body("error.message", equalTo("(#132001) Template name does not exist in the translation"))
                .body("error.error_data.details", equalTo("template name (appointment_remindr) does not exist in it"));
    }

    @Test
    void aLanguageTheTemplateIsNotTranslatedInto_is132001() {
        WhatsAppNumber number = Simulator.newNumber();
        seed(number, REMINDER).statusCode(201);

        GraphCalls.send(number, reminder("appointment_reminder", "en_US", List.of("Giulia", "Tuesday", "10:00")))
                .statusCode(400)
                .body("error.code", equalTo(132001));
    }

    @Test
    void aTemplateNotYetApproved_cannotBeSent() {
        WhatsAppNumber number = Simulator.newNumber();
        seed(number, "{\"name\":\"summer_sale\",\"language\":\"it\",\"status\":\"PENDING\"}")
                .statusCode(201);

        GraphCalls.send(number, reminder("summer_sale", "it", List.of()))
                .statusCode(400)
                .body("error.code", equalTo(132001));
    }

    @Test
    void theWrongNumberOfBodyParameters_is132000_withWhatWasExpected() {
        WhatsAppNumber number = Simulator.newNumber();
        seed(number, REMINDER).statusCode(201);

        GraphCalls.send(number, reminder("appointment_reminder", "it", List.of("Giulia", "martedì")))
                .statusCode(400)
                .body("error.code", equalTo(132000))
                .body(
                        "error.error_data.details",
                        equalTo("body: number of localizable_params (2) does not match the expected number of params"
                                + " (3)"));
    }

    @Test
    void anAccountWithoutTemplates_acceptsAnyTemplate() {
        WhatsAppNumber number = Simulator.newNumber();

        GraphCalls.send(number, reminder("anything_goes", "it", List.of("x"))).statusCode(200);
    }

    @Test
    void aSeededTemplate_isListedByTheControlApi() {
        WhatsAppNumber number = Simulator.newNumber();
        seed(number, REMINDER).statusCode(201);

        List<String> names = given().get("/simulator/whatsapp/numbers/{id}/templates", number.phoneNumberId())
                .then()
                .statusCode(200)
                .extract()
                .path("name");

        assertThat(names).containsExactly("appointment_reminder");
    }

    private static ValidatableResponse seed(WhatsAppNumber number, String template) {
        return given().contentType("application/json")
                .body(template)
                .post("/simulator/whatsapp/numbers/{id}/templates", number.phoneNumberId())
                .then();
    }

    private static ValidatableResponse templates(WhatsAppNumber number, Map<String, String> query) {
        return given().header("Authorization", "Bearer " + number.accessToken())
                .queryParams(query)
                .get("/v23.0/{waba}/message_templates", number.wabaId())
                .then();
    }

    private static String reminder(String name, String language, List<String> bodyParameters) {
        StringBuilder parameters = new StringBuilder();
        for (String value : bodyParameters) {
            parameters
                    .append(parameters.isEmpty() ? "" : ",")
                    .append("{\"type\":\"text\",\"text\":\"")
                    .append(value);
            parameters.append("\"}");
        }
        return "{\"messaging_product\":\"whatsapp\",\"to\":\"393331234567\",\"type\":\"template\",\"template\":{"
                + "\"name\":\"" + name + "\",\"language\":{\"code\":\"" + language + "\"},"
                + "\"components\":[{\"type\":\"body\",\"parameters\":[" + parameters + "]}]}}";
    }
}
