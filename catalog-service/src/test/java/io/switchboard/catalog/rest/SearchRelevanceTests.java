package io.switchboard.catalog.rest;

import static io.switchboard.catalog.CatalogApi.SEARCH;
import static io.switchboard.catalog.CatalogApi.asAgent;
import static io.switchboard.catalog.CatalogApi.createFaq;
import static io.switchboard.catalog.CatalogApi.fixture;
import static io.switchboard.catalog.CatalogApi.importItems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.switchboard.catalog.CatalogApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What customers of an Italian IT consultant ask, and what they should find first: Italian and English, with typos,
 * with and without accents, as keywords or as whole questions.
 */
@QuarkusTest
class SearchRelevanceTests {

    private final String tenant = CatalogApi.newTenant();

    @BeforeEach
    void loadTheConsultantsCatalog() {
        importItems(tenant, fixture("catalog/it-consultant.json"));
        createFaq(tenant, fixture("faqs/modalita-pagamento.json"));
        createFaq(tenant, fixture("faqs/how-can-i-pay.json"));
        createFaq(tenant, fixture("faqs/fuori-milano.json"));
    }

    @Test
    void misspelledItalianFindsTheItem() {
        assertThat(firstTitle(search("migrazone clod", null))).isEqualTo("Migrazione cloud");
    }

    @Test
    void englishWordsFindTheItalianItem() {
        assertThat(firstTitle(search("cloud migration", "en"))).isEqualTo("Migrazione cloud");
    }

    @Test
    void aWholeQuestionWithATypoFindsTheItemItNames() {
        assertThat(firstTitle(search("quanto costa la migrazone cloud?", "it"))).isEqualTo("Migrazione cloud");
    }

    @Test
    void aLongChattyQuestionStillFindsTheItem() {
        JsonPath results =
                search("Buongiorno, vorrei sapere quanto costa la migrazione del nostro server in cloud, grazie", "it");

        assertThat(firstTitle(results)).isEqualTo("Migrazione cloud");
        assertThat(results.getDouble("hits[0].score")).isGreaterThan(0.5);
    }

    @Test
    void aTypoInsideAWordFindsTheItem() {
        assertThat(firstTitle(search("sicureza informatica", "it"))).isEqualTo("Consulenza sicurezza informatica");
    }

    @Test
    void aShortWordFindsTheItemNamedByIt() {
        assertThat(firstTitle(search("app", null))).isEqualTo("Sviluppo app");
    }

    @Test
    void accentsInTheQueryAreOptional() {
        JsonPath withAccents = search("modalità di pagamento", "it");
        JsonPath withoutAccents = search("MODALITA DI PAGAMENTO", "it");

        assertThat(firstTitle(withAccents)).isEqualTo("Quali modalità di pagamento accettate?");
        assertThat(firstTitle(withoutAccents)).isEqualTo("Quali modalità di pagamento accettate?");
        assertThat(withoutAccents.getDouble("hits[0].score")).isEqualTo(withAccents.getDouble("hits[0].score"));
    }

    @Test
    void anAccentTheCatalogDoesNotHaveIsIgnored() {
        assertThat(firstTitle(search("consulenza sicurézza", "it"))).isEqualTo("Consulenza sicurezza informatica");
    }

    @Test
    void anEnglishQuestionFindsTheEnglishFaqEntry() {
        assertThat(firstTitle(search("how do I pay?", "en"))).isEqualTo("How can I pay?");
    }

    @Test
    void anEnglishQuestionFindsTheEnglishItem() {
        assertThat(firstTitle(search("remote helpdesk", "en"))).isEqualTo("IT support for remote teams");
    }

    @Test
    void betweenEqualMatchesTheQueryLanguageComesFirst() {
        assertThat(firstTitle(search("paypal", "en"))).isEqualTo("How can I pay?");
        assertThat(firstTitle(search("paypal", "it"))).isEqualTo("Quali modalità di pagamento accettate?");
    }

    @Test
    void hitsAreTypedAndBestFirst() {
        JsonPath results = search("cloud", null);

        assertThat(results.getList("hits.kind")).containsOnly("item");
        assertThat(results.getList("hits.item.name", String.class))
                .containsExactlyInAnyOrder("Migrazione cloud", "Backup cloud gestito");
        assertThat(results.getList("hits.score", Float.class)).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(results.getFloat("hits[0].score")).isLessThanOrEqualTo(1.0f);
    }

    @Test
    void aFaqHitCarriesTheAnswer() {
        JsonPath results = search("lavorate fuori milano", "it");

        assertThat(results.getString("hits[0].kind")).isEqualTo("faq");
        assertThat(results.getString("hits[0].faq.answer")).startsWith("Sì, in tutta Italia");
    }

    @Test
    void anItemHitCarriesWhatACustomerAsksAbout() {
        JsonPath results = search("migrazione cloud", "it");

        assertThat(results.getString("hits[0].item.price")).isEqualTo("2500.0");
        assertThat(results.getString("hits[0].item.currency")).isEqualTo("EUR");
        assertThat(results.getString("hits[0].item.duration")).isEqualTo("P2W");
        assertThat(results.getString("hits[0].item.availability")).isEqualTo("AVAILABLE");
    }

    @Test
    void somethingTheCatalogDoesNotOfferFindsNothing() {
        assertThat(search("pizza margherita", "it").getList("hits")).isEmpty();
    }

    @Test
    void theQueryIsReportedAsTheWordsSearchedFor() {
        assertThat(search("Quanto costa l'app?", "it").getList("terms")).containsExactly("costa", "app");
    }

    @Test
    void limitCapsTheHits() {
        JsonPath results = asAgent(tenant)
                .queryParam("q", "sicurezza")
                .queryParam("limit", 1)
                .get(SEARCH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(results.getList("hits")).hasSize(1);
    }

    @Test
    void aSearchNeedsAQueryAndAKnownLanguage() {
        asAgent(tenant)
                .queryParam("lang", "de")
                .queryParam("limit", 51)
                .get(SEARCH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("lang", "limit", "q"));
    }

    private JsonPath search(String query, String lang) {
        var request = asAgent(tenant).queryParam("q", query);
        if (lang != null) {
            request.queryParam("lang", lang);
        }
        return request.get(SEARCH).then().statusCode(200).extract().jsonPath();
    }

    private static String firstTitle(JsonPath results) {
        assertThat(results.getList("hits")).as("hits").isNotEmpty();
        return "item".equals(results.getString("hits[0].kind"))
                ? results.getString("hits[0].item.name")
                : results.getString("hits[0].faq.question");
    }
}
