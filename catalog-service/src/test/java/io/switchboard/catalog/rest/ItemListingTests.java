package io.switchboard.catalog.rest;

import static io.switchboard.catalog.CatalogApi.ITEMS;
import static io.switchboard.catalog.CatalogApi.asAdmin;
import static io.switchboard.catalog.CatalogApi.fixture;
import static io.switchboard.catalog.CatalogApi.importItems;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.catalog.CatalogApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ItemListingTests {

    private final String tenant = CatalogApi.newTenant();

    @BeforeEach
    void loadTheConsultantsCatalog() {
        importItems(tenant, fixture("catalog/it-consultant.json"));
    }

    @Test
    void itemsAreListedByNameIgnoringCase() {
        asAdmin(tenant)
                .queryParam("size", 3)
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body(
                        "content.name",
                        contains("Backup cloud gestito", "Chiave di sicurezza USB", "Consulenza sicurezza informatica"))
                .body("totalElements", equalTo(9))
                .body("totalPages", equalTo(3));
    }

    @Test
    void aLaterPageContinuesWhereTheLastEnded() {
        asAdmin(tenant)
                .queryParam("size", 4)
                .queryParam("page", 2)
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("content.name", contains("Sviluppo app"))
                .body("page", equalTo(2))
                .body("size", equalTo(4));
    }

    @Test
    void typeFiltersProductsFromServices() {
        asAdmin(tenant)
                .queryParam("type", "PRODUCT")
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("content.name", contains("Chiave di sicurezza USB", "Firewall hardware per ufficio"));
    }

    @Test
    void categoryMatchesWholeIgnoringCase() {
        asAdmin(tenant)
                .queryParam("category", "cloud")
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("content.name", contains("Backup cloud gestito", "Migrazione cloud"));
    }

    @Test
    void availableLeavesOutWhatCannotBeHad() {
        asAdmin(tenant)
                .queryParam("available", "true")
                .queryParam("size", 100)
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("totalElements", equalTo(8))
                .body("content.name", hasItem("Sviluppo app"));
        asAdmin(tenant)
                .queryParam("available", "false")
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("content.name", contains("Chiave di sicurezza USB"));
    }

    @Test
    void qFindsTextInAnyFieldIgnoringCaseAndAccents() {
        asAdmin(tenant)
                .queryParam("q", "ATTIVITA SISTEMISTICA")
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("content.name", contains("Manutenzione sito web"));
    }

    @Test
    void qTakesWildcardsLiterally() {
        asAdmin(tenant).queryParam("q", "%").get(ITEMS).then().statusCode(200).body("totalElements", equalTo(0));
    }

    @Test
    void filtersCombine() {
        asAdmin(tenant)
                .queryParam("type", "SERVICE")
                .queryParam("category", "Sviluppo software")
                .queryParam("available", "true")
                .queryParam("q", "sito")
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("content.name", contains("Manutenzione sito web"));
    }

    @Test
    void invalidListParametersAreA400ListingEachOne() {
        asAdmin(tenant)
                .queryParam("size", 500)
                .queryParam("page", -1)
                .queryParam("type", "GADGET")
                .queryParam("available", "maybe")
                .get(ITEMS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("available", "page", "size", "type"));
    }

    @Test
    void aPageThatIsNotANumberIsA400NamingIt() {
        asAdmin(tenant)
                .queryParam("page", "second")
                .get(ITEMS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("page"))
                .body("errors.message", contains("must be a whole number from 0 to 10000"));
    }
}
