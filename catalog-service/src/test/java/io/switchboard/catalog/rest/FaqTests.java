package io.switchboard.catalog.rest;

import static io.switchboard.catalog.CatalogApi.FAQS;
import static io.switchboard.catalog.CatalogApi.asAdmin;
import static io.switchboard.catalog.CatalogApi.createFaq;
import static io.switchboard.catalog.CatalogApi.fixture;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.switchboard.catalog.CatalogApi;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FaqTests {

    private final String tenant = CatalogApi.newTenant();

    @Test
    void creatingAnEntryAnswers201WithItsLocation() {
        Response created =
                asAdmin(tenant).body(fixture("faqs/modalita-pagamento.json")).post(FAQS);

        created.then()
                .statusCode(201)
                .header("Location", endsWith(FAQS + "/" + created.path("id")))
                .body("question", equalTo("Quali modalità di pagamento accettate?"))
                .body("language", equalTo("it"))
                .body("tags", contains("pagamento", "fattura"));
        asAdmin(tenant).get(created.header("Location")).then().statusCode(200).body("id", equalTo(created.path("id")));
    }

    @Test
    void putReplacesTheEntry() {
        String id = createFaq(tenant, fixture("faqs/modalita-pagamento.json"));

        asAdmin(tenant)
                .body(fixture("faqs/how-can-i-pay.json"))
                .put(FAQS + "/" + id)
                .then()
                .statusCode(200)
                .body("question", equalTo("How can I pay?"))
                .body("language", equalTo("en"))
                .body("tags", contains("payment", "invoice"));
    }

    @Test
    void patchChangesOnlyTheAnswer() {
        String id = createFaq(tenant, fixture("faqs/modalita-pagamento.json"));

        asAdmin(tenant)
                .body("{\"answer\":\"Bonifico o carta.\"}")
                .patch(FAQS + "/" + id)
                .then()
                .statusCode(200)
                .body("answer", equalTo("Bonifico o carta."))
                .body("question", equalTo("Quali modalità di pagamento accettate?"));
    }

    @Test
    void aDeletedEntryIsGone() {
        String id = createFaq(tenant, fixture("faqs/modalita-pagamento.json"));

        asAdmin(tenant).delete(FAQS + "/" + id).then().statusCode(204);

        asAdmin(tenant).get(FAQS + "/" + id).then().statusCode(404).body("title", equalTo("FAQ entry not found"));
    }

    @Test
    void entriesAreListedByQuestionAndFilteredByLanguageAndText() {
        createFaq(tenant, fixture("faqs/modalita-pagamento.json"));
        createFaq(tenant, fixture("faqs/how-can-i-pay.json"));
        createFaq(tenant, fixture("faqs/fuori-milano.json"));

        asAdmin(tenant)
                .get(FAQS)
                .then()
                .body(
                        "content.question",
                        contains(
                                "How can I pay?",
                                "Lavorate anche fuori Milano?",
                                "Quali modalità di pagamento accettate?"));
        asAdmin(tenant)
                .queryParam("language", "it")
                .queryParam("q", "MODALITA")
                .get(FAQS)
                .then()
                .body("content.question", contains("Quali modalità di pagamento accettate?"));
    }

    @Test
    void anEntryNeedsAQuestionAndAnAnswerInAKnownLanguage() {
        asAdmin(tenant)
                .body("{\"question\":\" \",\"language\":\"fr\"}")
                .post(FAQS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("answer", "language", "question"));
    }
}
