package io.switchboard.catalog;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.testsupport.jwt.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/** The catalog API as the tests call it: a fresh tenant per test, tokens by role, fixtures from resources. */
public final class CatalogApi {

    public static final String ITEMS = "/api/v1/catalog/items";
    public static final String FAQS = "/api/v1/catalog/faqs";
    public static final String IMPORT = "/api/v1/catalog/import";
    public static final String SEARCH = "/api/v1/catalog/search";

    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogApi() {}

    public static String newTenant() {
        return "t-" + UUID.randomUUID();
    }

    public static RequestSpecification asAdmin(String tenant) {
        return given().auth().oauth2(TestTokens.admin(tenant)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asAgent(String tenant) {
        return given().auth().oauth2(TestTokens.agent(tenant)).contentType(ContentType.JSON);
    }

    /** Creates an item from a fixture and answers its id. */
    public static String createItem(String tenant, String body) {
        return asAdmin(tenant)
                .body(body)
                .post(ITEMS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Creates a FAQ entry from a fixture and answers its id. */
    public static String createFaq(String tenant, String body) {
        return asAdmin(tenant)
                .body(body)
                .post(FAQS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static void importItems(String tenant, String body) {
        asAdmin(tenant).body(body).post(IMPORT).then().statusCode(200);
    }

    public static String fixture(String path) {
        return Fixtures.text(path);
    }

    /** A JSON object fixture with one field replaced ({@code null} value: set to JSON null). */
    public static String fixtureWith(String path, String field, Object value) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(fixture(path));
            node.set(field, JSON.valueToTree(value));
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON object fixture without one field. */
    public static String fixtureWithout(String path, String field) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(fixture(path));
            node.remove(field);
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
