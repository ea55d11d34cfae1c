package io.switchboard.simulator.whatsapp;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.switchboard.simulator.support.GraphCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import org.junit.jupiter.api.Test;

/** The commerce and call-to-action messages, checked against the limits of the spec's interactive objects. */
@QuarkusTest
class GraphCommerceTests {

    @Test
    void aSingleProduct_isSent() {
        send(fixture("send-product.json")).statusCode(200).body("messages[0].id", startsWith("wamid."));
    }

    @Test
    void aSingleProductWithoutItsCatalog_isRefusedWithCode100() {
        ObjectNode request = fixture("send-product.json");
        ((ObjectNode) request.at("/interactive/action")).remove("catalog_id");

        send(request)
                .statusCode(400)
                .body("error.code", equalTo(100))
                .body(
                        "error.error_data.details",
                        equalTo("The parameter interactive['action']['catalog_id'] is required."));
    }

    @Test
    void aSingleProductWithAHeader_isRefused() {
        ObjectNode request = fixture("send-product.json");
        ((ObjectNode) request.get("interactive"))
                .putObject("header")
                .put("type", "text")
                .put("text", "Hi");

        send(request).statusCode(400).body("error.code", equalTo(100));
    }

    @Test
    void aProductList_isSent() {
        send(fixture("send-product-list.json")).statusCode(200);
    }

    @Test
    void aProductListWithoutAHeader_isRefused() {
        ObjectNode request = fixture("send-product-list.json");
        ((ObjectNode) request.get("interactive")).remove("header");

        send(request)
                .statusCode(400)
                .body("error.code", equalTo(100))
                .body("error.error_data.details", equalTo("The parameter interactive['header'] is required."));
    }

    @Test
    void aProductListOf31Products_isRefusedWithTheLimit() {
        ObjectNode request = fixture("send-product-list.json");
        ArrayNode sections = (ArrayNode) request.at("/interactive/action/sections");
        sections.removeAll();
        for (int s = 0; s < 3; s++) {
            ObjectNode section = sections.addObject().put("title", "Section " + s);
            ArrayNode items = section.putArray("product_items");
            for (int i = 0; i < (s == 0 ? 11 : 10); i++) {
                items.addObject().put("product_retailer_id", "sku-" + s + "-" + i);
            }
        }

        send(request)
                .statusCode(400)
                .body("error.code", equalTo(131009))
                .body("error.error_data.details", equalTo("Total product_items count exceed max allowed count: 30"));
    }

    @Test
    void aProductListOf11Sections_isRefused() {
        ObjectNode request = fixture("send-product-list.json");
        ArrayNode sections = (ArrayNode) request.at("/interactive/action/sections");
        sections.removeAll();
        for (int s = 0; s < 11; s++) {
            sections.addObject()
                    .put("title", "Section " + s)
                    .putArray("product_items")
                    .addObject()
                    .put("product_retailer_id", "sku-" + s);
        }

        send(request).statusCode(400).body("error.code", equalTo(131009));
    }

    @Test
    void aCatalogMessage_isSent() {
        send(fixture("send-catalog-message.json")).statusCode(200);
    }

    @Test
    void aCatalogMessageWithoutABody_isRefused() {
        ObjectNode request = fixture("send-catalog-message.json");
        ((ObjectNode) request.get("interactive")).remove("body");

        send(request).statusCode(400).body("error.code", equalTo(100));
    }

    @Test
    void aCallToActionUrl_isSent() {
        send(fixture("send-cta-url.json")).statusCode(200);
    }

    @Test
    void aCallToActionWithoutUrl_isRefused() {
        ObjectNode request = fixture("send-cta-url.json");
        ((ObjectNode) request.at("/interactive/action/parameters")).remove("url");

        send(request)
                .statusCode(400)
                .body(
                        "error.error_data.details",
                        equalTo("The parameter interactive['action']['parameters']['url'] is required."));
    }

    @Test
    void aCallToActionWithoutDisplayText_isRefused() {
        ObjectNode request = fixture("send-cta-url.json");
        ((ObjectNode) request.at("/interactive/action/parameters")).remove("display_text");

        send(request)
                .statusCode(400)
                .body(
                        "error.error_data.details",
                        equalTo("The parameter interactive['action']['parameters']['display_text'] is required."));
    }

    private static ObjectNode fixture(String name) {
        return (ObjectNode) JsonHttp.json(Fixtures.text("fixtures/whatsapp/" + name));
    }

    private static ValidatableResponse send(JsonNode request) {
        WhatsAppNumber number = Simulator.newNumber();
        return GraphCalls.send(number, request.toString());
    }
}
