package io.switchboard.catalog.rest;

import static io.switchboard.catalog.CatalogApi.FAQS;
import static io.switchboard.catalog.CatalogApi.ITEMS;
import static io.switchboard.catalog.CatalogApi.SEARCH;
import static io.switchboard.catalog.CatalogApi.asAdmin;
import static io.switchboard.catalog.CatalogApi.createFaq;
import static io.switchboard.catalog.CatalogApi.createItem;
import static io.switchboard.catalog.CatalogApi.fixture;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.catalog.CatalogApi;
import org.junit.jupiter.api.Test;

/** One tenant never sees or changes another's catalog: to it, the other's entries do not exist. */
@QuarkusTest
class TenantIsolationTests {

    private final String owner = CatalogApi.newTenant();
    private final String stranger = CatalogApi.newTenant();

    @Test
    void anotherTenantsItemCannotBeReadChangedOrDeleted() {
        String id = createItem(owner, fixture("items/migrazione-cloud.json"));
        String item = ITEMS + "/" + id;

        asAdmin(stranger).get(item).then().statusCode(404);
        asAdmin(stranger).body(fixture("items/firewall.json")).put(item).then().statusCode(404);
        asAdmin(stranger).body("{\"name\":\"mine now\"}").patch(item).then().statusCode(404);
        asAdmin(stranger).delete(item).then().statusCode(404);

        asAdmin(owner).get(item).then().statusCode(200).body("name", equalTo("Migrazione cloud"));
    }

    @Test
    void anotherTenantsFaqEntryCannotBeReadChangedOrDeleted() {
        String id = createFaq(owner, fixture("faqs/modalita-pagamento.json"));
        String faq = FAQS + "/" + id;

        asAdmin(stranger).get(faq).then().statusCode(404);
        asAdmin(stranger)
                .body(fixture("faqs/how-can-i-pay.json"))
                .put(faq)
                .then()
                .statusCode(404);
        asAdmin(stranger)
                .body("{\"answer\":\"Solo contanti.\"}")
                .patch(faq)
                .then()
                .statusCode(404);
        asAdmin(stranger).delete(faq).then().statusCode(404);

        asAdmin(owner)
                .get(faq)
                .then()
                .statusCode(200)
                .body(
                        "answer",
                        equalTo(
                                "Bonifico bancario, carta di credito o PayPal. Per i progetti oltre 5.000 euro, 30% all'ordine."));
    }

    @Test
    void listingsAndSearchShowOnlyTheCallersCatalog() {
        createItem(owner, fixture("items/migrazione-cloud.json"));
        createFaq(owner, fixture("faqs/modalita-pagamento.json"));

        asAdmin(stranger).get(ITEMS).then().statusCode(200).body("content", empty());
        asAdmin(stranger).get(FAQS).then().statusCode(200).body("content", empty());
        asAdmin(stranger)
                .queryParam("q", "migrazione cloud pagamento")
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("hits", empty());
    }

    @Test
    void twoTenantsMayUseTheSameExternalRef() {
        createItem(owner, fixture("items/migrazione-cloud.json"));

        asAdmin(stranger)
                .body(fixture("items/migrazione-cloud.json"))
                .post(ITEMS)
                .then()
                .statusCode(201)
                .body("externalRef", equalTo("CLOUD-MIG"));
    }
}
