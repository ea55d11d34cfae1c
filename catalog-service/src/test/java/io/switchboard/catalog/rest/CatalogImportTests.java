package io.switchboard.catalog.rest;

import static io.switchboard.catalog.CatalogApi.IMPORT;
import static io.switchboard.catalog.CatalogApi.ITEMS;
import static io.switchboard.catalog.CatalogApi.asAdmin;
import static io.switchboard.catalog.CatalogApi.fixture;
import static io.switchboard.catalog.CatalogApi.importItems;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.catalog.CatalogApi;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogImportTests {

    private final String tenant = CatalogApi.newTenant();

    @Test
    void aFirstImportCreatesEveryItem() {
        asAdmin(tenant)
                .body(fixture("import/first-load.json"))
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("created", equalTo(3))
                .body("updated", equalTo(0));

        asAdmin(tenant).get(ITEMS).then().body("content.externalRef", contains("USB-KEY", "CLOUD-MIG", "APP-DEV"));
    }

    @Test
    void aKnownExternalRefUpdatesThatItemAndAnUnknownOneCreatesAnother() {
        importItems(tenant, fixture("import/first-load.json"));
        String id = idOf("CLOUD-MIG");

        asAdmin(tenant)
                .body(fixture("import/price-update-and-new-item.json"))
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("updated", equalTo(1));

        asAdmin(tenant).get(ITEMS + "/" + id).then().body("price", equalTo(2700.0f));
        asAdmin(tenant).get(ITEMS).then().body("totalElements", equalTo(4));
    }

    @Test
    void importingTheSameFileTwiceChangesNothingMore() {
        importItems(tenant, fixture("import/first-load.json"));

        asAdmin(tenant)
                .body(fixture("import/first-load.json"))
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("updated", equalTo(3));
        asAdmin(tenant).get(ITEMS).then().body("totalElements", equalTo(3));
    }

    @Test
    void everyInvalidRowIsListedByIndex() {
        asAdmin(tenant)
                .body(fixture("import/with-invalid-rows.json"))
                .post(IMPORT)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://switchboard.dev/problems/validation"))
                .body("detail", equalTo("3 of 5 rows are invalid; nothing was imported."))
                .body("errors.field", contains("[1].name", "[3].currency", "[3].price", "[4].externalRef"));
    }

    @Test
    void oneInvalidRowImportsNothing() {
        importItems(tenant, fixture("import/first-load.json"));

        asAdmin(tenant)
                .body(fixture("import/with-invalid-rows.json"))
                .post(IMPORT)
                .then()
                .statusCode(400);

        asAdmin(tenant)
                .get(ITEMS)
                .then()
                .body("totalElements", equalTo(3))
                .body("content.find { it.externalRef == 'CLOUD-MIG' }.price", equalTo(2500.0f));
    }

    @Test
    void anItemAppearsOnceInAnImport() {
        asAdmin(tenant)
                .body(fixture("import/repeated-external-ref.json"))
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body("errors.field", contains("[1].externalRef"))
                .body("errors.message", contains("repeats row [0]: an item may appear once"));
    }

    @Test
    void aNullRowIsInvalid() {
        asAdmin(tenant).body("[null]").post(IMPORT).then().statusCode(400).body("errors.field", contains("[0]"));
    }

    @Test
    void aBodyThatIsNotAnArrayIsA400() {
        asAdmin(tenant)
                .body(fixture("items/firewall.json"))
                .post(IMPORT)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anImportBeyondTheLimitIsRefusedWhole() {
        Map<String, Object> row = Map.of("type", "PRODUCT", "name", "Cavo", "externalRef", "CAVO");

        asAdmin(tenant)
                .body(Collections.nCopies(1001, row))
                .post(IMPORT)
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        asAdmin(tenant).get(ITEMS).then().body("totalElements", equalTo(0));
    }

    private String idOf(String externalRef) {
        return asAdmin(tenant)
                .get(ITEMS)
                .then()
                .extract()
                .path("content.find { it.externalRef == '" + externalRef + "' }.id");
    }
}
