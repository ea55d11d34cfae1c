package io.switchboard.catalog.rest;

import static io.switchboard.catalog.CatalogApi.ITEMS;
import static io.switchboard.catalog.CatalogApi.asAdmin;
import static io.switchboard.catalog.CatalogApi.createItem;
import static io.switchboard.catalog.CatalogApi.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.switchboard.catalog.CatalogApi;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ItemLifecycleTests {

    private final String tenant = CatalogApi.newTenant();

    @Test
    void creatingAnItemAnswers201WithItsLocationAndEveryField() {
        Response created =
                asAdmin(tenant).body(fixture("items/migrazione-cloud.json")).post(ITEMS);

        created.then()
                .statusCode(201)
                .header("Location", endsWith(ITEMS + "/" + created.path("id")))
                .body("id", notNullValue())
                .body("type", equalTo("SERVICE"))
                .body("name", equalTo("Migrazione cloud"))
                .body("currency", equalTo("EUR"))
                .body("category", equalTo("Cloud"))
                .body("availability", equalTo("AVAILABLE"))
                .body("duration", equalTo("P2W"))
                .body("imageUrl", equalTo("https://cdn.example.it/img/migrazione-cloud.png"))
                .body("tags", contains("cloud", "aws", "azure"))
                .body("language", equalTo("it"))
                .body("externalRef", equalTo("CLOUD-MIG"))
                .body("createdAt", notNullValue());
    }

    @Test
    void theLocationReadsBackTheSameItem() {
        Response created =
                asAdmin(tenant).body(fixture("items/migrazione-cloud.json")).post(ITEMS);

        String read = asAdmin(tenant)
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(read).isEqualTo(created.asString());
    }

    @Test
    void aPriceIsShownWithTheDecimalsOfItsCurrency() {
        String body = asAdmin(tenant)
                .body(fixture("items/firewall.json"))
                .post(ITEMS)
                .then()
                .statusCode(201)
                .extract()
                .asString();

        assertThat(body).contains("\"price\":650.50");
    }

    @Test
    void absentAvailabilityAndLanguageGetTheirDefaults() {
        String id = createItem(tenant, "{\"type\":\"PRODUCT\",\"name\":\"Cavo di rete\"}");

        asAdmin(tenant)
                .get(ITEMS + "/" + id)
                .then()
                .statusCode(200)
                .body("availability", equalTo("AVAILABLE"))
                .body("language", equalTo("it"))
                .body("tags", empty());
    }

    @Test
    void putReplacesEveryFieldAndClearsTheOmittedOnes() {
        String id = createItem(tenant, fixture("items/migrazione-cloud.json"));

        asAdmin(tenant)
                .body("{\"type\":\"SERVICE\",\"name\":\"Migrazione cloud ibrida\",\"price\":3000,\"currency\":\"EUR\"}")
                .put(ITEMS + "/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Migrazione cloud ibrida"))
                .body("price", equalTo(3000.0f))
                .body("description", nullValue())
                .body("duration", nullValue())
                .body("externalRef", nullValue())
                .body("tags", empty());
    }

    @Test
    void patchChangesOnlyTheFieldsItNames() {
        String id = createItem(tenant, fixture("items/migrazione-cloud.json"));

        asAdmin(tenant)
                .contentType("application/merge-patch+json")
                .body("{\"availability\":\"ON_REQUEST\",\"price\":2750.5}")
                .patch(ITEMS + "/" + id)
                .then()
                .statusCode(200)
                .body("availability", equalTo("ON_REQUEST"))
                .body("price", equalTo(2750.5f))
                .body("name", equalTo("Migrazione cloud"))
                .body("duration", equalTo("P2W"))
                .body("tags", contains("cloud", "aws", "azure"));
    }

    @Test
    void patchWithNullClearsAField() {
        String id = createItem(tenant, fixture("items/migrazione-cloud.json"));

        asAdmin(tenant)
                .body("{\"imageUrl\":null,\"duration\":null}")
                .patch(ITEMS + "/" + id)
                .then()
                .statusCode(200)
                .body("imageUrl", nullValue())
                .body("duration", nullValue())
                .body("name", equalTo("Migrazione cloud"));
    }

    @Test
    void anUpdateMovesUpdatedAtButNotCreatedAt() {
        Response created =
                asAdmin(tenant).body(fixture("items/migrazione-cloud.json")).post(ITEMS);

        Response patched =
                asAdmin(tenant).body("{\"category\":\"Cloud e hosting\"}").patch(created.header("Location"));

        assertThat(patched.<String>path("createdAt")).isEqualTo(created.path("createdAt"));
        assertThat(Instant.parse(patched.path("updatedAt"))).isAfter(Instant.parse(created.path("updatedAt")));
    }

    @Test
    void aDeletedItemIsGone() {
        String id = createItem(tenant, fixture("items/migrazione-cloud.json"));

        asAdmin(tenant).delete(ITEMS + "/" + id).then().statusCode(204);

        asAdmin(tenant)
                .get(ITEMS + "/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("catalog item not found"));
        asAdmin(tenant).delete(ITEMS + "/" + id).then().statusCode(404);
    }

    @Test
    void anExternalRefAlreadyUsedInTheCatalogIsAConflict() {
        createItem(tenant, fixture("items/migrazione-cloud.json"));

        asAdmin(tenant)
                .body(fixture("items/migrazione-cloud.json"))
                .post(ITEMS)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("CLOUD-MIG"));
    }

    @Test
    void anItemMayKeepItsOwnExternalRefOnUpdate() {
        String id = createItem(tenant, fixture("items/migrazione-cloud.json"));

        asAdmin(tenant)
                .body(fixture("items/migrazione-cloud.json"))
                .put(ITEMS + "/" + id)
                .then()
                .statusCode(200)
                .body("externalRef", equalTo("CLOUD-MIG"));
    }

    @Test
    void anUnknownItemIdIsA404Problem() {
        asAdmin(tenant)
                .get(ITEMS + "/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
