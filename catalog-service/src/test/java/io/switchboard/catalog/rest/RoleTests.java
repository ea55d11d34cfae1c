package io.switchboard.catalog.rest;

import static io.restassured.RestAssured.given;
import static io.switchboard.catalog.CatalogApi.FAQS;
import static io.switchboard.catalog.CatalogApi.IMPORT;
import static io.switchboard.catalog.CatalogApi.ITEMS;
import static io.switchboard.catalog.CatalogApi.SEARCH;
import static io.switchboard.catalog.CatalogApi.asAgent;
import static io.switchboard.catalog.CatalogApi.createFaq;
import static io.switchboard.catalog.CatalogApi.createItem;
import static io.switchboard.catalog.CatalogApi.fixture;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.catalog.CatalogApi;
import org.junit.jupiter.api.Test;

/** Admins write the catalog; agents, who answer customers, read and search it. */
@QuarkusTest
class RoleTests {

    private final String tenant = CatalogApi.newTenant();

    @Test
    void anAgentReadsListsAndSearches() {
        String item = createItem(tenant, fixture("items/migrazione-cloud.json"));
        String faq = createFaq(tenant, fixture("faqs/modalita-pagamento.json"));

        asAgent(tenant).get(ITEMS + "/" + item).then().statusCode(200);
        asAgent(tenant).get(ITEMS).then().statusCode(200).body("totalElements", equalTo(1));
        asAgent(tenant).get(FAQS + "/" + faq).then().statusCode(200);
        asAgent(tenant).get(FAQS).then().statusCode(200).body("totalElements", equalTo(1));
        asAgent(tenant).queryParam("q", "cloud").get(SEARCH).then().statusCode(200);
    }

    @Test
    void anAgentCannotChangeItems() {
        String item = ITEMS + "/" + createItem(tenant, fixture("items/migrazione-cloud.json"));

        asAgent(tenant).body(fixture("items/firewall.json")).post(ITEMS).then().statusCode(403);
        asAgent(tenant).body(fixture("items/firewall.json")).put(item).then().statusCode(403);
        asAgent(tenant).body("{\"name\":\"x\"}").patch(item).then().statusCode(403);
        asAgent(tenant).delete(item).then().statusCode(403);
        asAgent(tenant)
                .body(fixture("catalog/it-consultant.json"))
                .post(IMPORT)
                .then()
                .statusCode(403);

        CatalogApi.asAdmin(tenant).get(ITEMS).then().body("totalElements", equalTo(1));
        CatalogApi.asAdmin(tenant).get(item).then().body("name", equalTo("Migrazione cloud"));
    }

    @Test
    void anAgentCannotChangeFaqEntries() {
        String faq = FAQS + "/" + createFaq(tenant, fixture("faqs/modalita-pagamento.json"));

        asAgent(tenant)
                .body(fixture("faqs/how-can-i-pay.json"))
                .post(FAQS)
                .then()
                .statusCode(403);
        asAgent(tenant).body(fixture("faqs/how-can-i-pay.json")).put(faq).then().statusCode(403);
        asAgent(tenant).body("{\"answer\":\"x\"}").patch(faq).then().statusCode(403);
        asAgent(tenant).delete(faq).then().statusCode(403);

        CatalogApi.asAdmin(tenant).get(faq).then().statusCode(200);
    }

    @Test
    void aForbiddenWriteIsAProblem() {
        asAgent(tenant)
                .body(fixture("items/firewall.json"))
                .post(ITEMS)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void withoutATokenEveryCatalogPathIsA401() {
        given().get(ITEMS).then().statusCode(401).contentType("application/problem+json");
        given().get(FAQS).then().statusCode(401);
        given().queryParam("q", "cloud").get(SEARCH).then().statusCode(401);
        given().contentType("application/json").body("[]").post(IMPORT).then().statusCode(401);
    }
}
