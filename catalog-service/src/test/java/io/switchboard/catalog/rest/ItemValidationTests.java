package io.switchboard.catalog.rest;

import static io.switchboard.catalog.CatalogApi.ITEMS;
import static io.switchboard.catalog.CatalogApi.asAdmin;
import static io.switchboard.catalog.CatalogApi.createItem;
import static io.switchboard.catalog.CatalogApi.fixture;
import static io.switchboard.catalog.CatalogApi.fixtureWith;
import static io.switchboard.catalog.CatalogApi.fixtureWithout;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.catalog.CatalogApi;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ItemValidationTests {

    private static final String ITEM = "items/migrazione-cloud.json";

    private final String tenant = CatalogApi.newTenant();

    @Test
    void everyInvalidFieldIsListedInOneProblem() {
        asAdmin(tenant)
                .body(fixture("items/invalid-everywhere.json"))
                .post(ITEMS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://switchboard.dev/problems/validation"))
                .body(
                        "errors.field",
                        contains(
                                "availability",
                                "currency",
                                "duration",
                                "imageUrl",
                                "language",
                                "name",
                                "price",
                                "type"));
    }

    @Test
    void aCurrencyMustBeAnIso4217Code() {
        assertRejected(
                fixtureWith(ITEM, "currency", "ABC"), "currency", "must be an ISO 4217 currency code such as EUR");
    }

    @Test
    void aPriceNeedsACurrency() {
        assertRejected(fixtureWithout(ITEM, "currency"), "currency", "is required when a price is given");
    }

    @Test
    void aPriceHasNoMoreDecimalsThanItsCurrency() {
        assertRejected(fixtureWith(ITEM, "price", 10.999), "price", "has more decimals than EUR allows (2)");
    }

    @Test
    void aPriceIsNeverNegative() {
        assertRejected(fixtureWith(ITEM, "price", -0.01), "price", "must be greater than or equal to 0");
    }

    @Test
    void onlyServicesHaveADuration() {
        assertRejected(fixtureWith(ITEM, "type", "PRODUCT"), "duration", "applies to services only");
    }

    @Test
    void aDurationIsIso8601() {
        assertRejected(
                fixtureWith(ITEM, "duration", "PT"),
                "duration",
                "must be an ISO-8601 duration such as PT2H, P3D or P2W");
    }

    @Test
    void anImageIsServedOverHttps() {
        assertRejected(fixtureWith(ITEM, "imageUrl", "ftp://cdn.example.it/a.png"), "imageUrl", "must be an https URL");
    }

    @Test
    void tagsAreShortAndNotBlank() {
        assertRejected(
                fixtureWith(ITEM, "tags", List.of("cloud", " ")),
                "tags",
                "must be at most 30 tags of 1 to 50 characters each");
    }

    @Test
    void aMissingBodyIsA400SayingWhatToSend() {
        asAdmin(tenant)
                .post(ITEMS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The body must be an item as JSON."));
    }

    @Test
    void malformedJsonIsA400() {
        asAdmin(tenant)
                .body("{\"type\": \"SERVICE\", ")
                .post(ITEMS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"));
    }

    @Test
    void aPriceThatIsNotANumberSaysWhere() {
        asAdmin(tenant)
                .body(fixtureWith(ITEM, "price", "a lot"))
                .post(ITEMS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("price"));
    }

    @Test
    void aPatchThatBreaksARuleIsRefusedAndChangesNothing() {
        String id = createItem(tenant, fixture(ITEM));

        asAdmin(tenant)
                .body("{\"currency\":null,\"name\":\"\"}")
                .patch(ITEMS + "/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("currency", "name"));

        asAdmin(tenant)
                .get(ITEMS + "/" + id)
                .then()
                .body("name", equalTo("Migrazione cloud"))
                .body("currency", equalTo("EUR"));
    }

    @Test
    void aPatchMustBeAJsonObject() {
        String id = createItem(tenant, fixture(ITEM));

        asAdmin(tenant)
                .body("[\"name\"]")
                .patch(ITEMS + "/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("JSON object"));
    }

    private void assertRejected(String body, String field, String message) {
        asAdmin(tenant)
                .body(body)
                .post(ITEMS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(field))
                .body("errors.message", contains(message));
    }
}
