package io.switchboard.whatsapp.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.content.ContactCard;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.ProductSection;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.whatsapp.support.Registrations;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Places, contacts, link buttons and catalog messages reach the Graph API natively, and Meta accepts them. */
@QuarkusTest
class OutboundInteractiveSendTests {

    private static final String CATALOG = "146265584024623";

    @Test
    void aLocationIsSentAsALocationMessage() {
        Registrations.Registered channel = Registrations.freshChannel();

        OutboundCommand command =
                Outbound.send(channel, new OutboundContent.Location(45.4642, 9.19, "Studio Rossi", "Via Roma 1"), null);

        assertAccepted(command);
        assertThat(Outbound.sentBodies(channel).get(0).path("location"))
                .isEqualTo(
                        JsonHttp.json(
                                "{\"latitude\":45.4642,\"longitude\":9.19,\"name\":\"Studio Rossi\",\"address\":\"Via Roma 1\"}"));
    }

    @Test
    void aContactCardIsSentAsAContactsMessage() {
        Registrations.Registered channel = Registrations.freshChannel();

        OutboundCommand command = Outbound.send(
                channel,
                new OutboundContent.Contacts(
                        List.of(new ContactCard("Anna Rossi", List.of("+39 02 1234567"), List.of(), "Studio Rossi"))),
                null);

        assertAccepted(command);
        JsonNode contact = Outbound.sentBodies(channel).get(0).path("contacts").get(0);
        assertThat(contact.path("name").path("formatted_name").asText()).isEqualTo("Anna Rossi");
        assertThat(contact.path("phones").get(0).path("phone").asText()).isEqualTo("+39 02 1234567");
    }

    @Test
    void aLinkButtonIsSentAsACallToActionUrlMessage() {
        Registrations.Registered channel = Registrations.freshChannel();

        OutboundCommand command = Outbound.send(
                channel,
                new OutboundContent.LinkButton(
                        "Book your next visit online.", null, null, "Book now", "https://studio.example/book"),
                null);

        assertAccepted(command);
        JsonNode interactive = Outbound.sentBodies(channel).get(0).path("interactive");
        assertThat(interactive.path("type").asText()).isEqualTo("cta_url");
        assertThat(interactive.path("action").path("parameters"))
                .isEqualTo(JsonHttp.json("{\"display_text\":\"Book now\",\"url\":\"https://studio.example/book\"}"));
    }

    @Test
    void aProductIsSentFromTheChannelsCatalog() {
        Registrations.Registered channel = Registrations.freshChannelWithCatalog(CATALOG);

        OutboundCommand command =
                Outbound.send(channel, new OutboundContent.Product(null, "cake-1", "Today's cake", null), null);

        assertAccepted(command);
        assertThat(Outbound.sentBodies(channel).get(0).path("interactive").path("action"))
                .isEqualTo(JsonHttp.json("{\"catalog_id\":\"" + CATALOG + "\",\"product_retailer_id\":\"cake-1\"}"));
    }

    @Test
    void aProductListIsSentWithItsSections() {
        Registrations.Registered channel = Registrations.freshChannelWithCatalog(CATALOG);

        OutboundCommand command = Outbound.send(
                channel,
                new OutboundContent.ProductList(
                        null,
                        "Spring",
                        "Our spring picks",
                        null,
                        List.of(
                                new ProductSection("Cakes", List.of("cake-1", "cake-2")),
                                new ProductSection("Bread", List.of("bread-1")))),
                null);

        assertAccepted(command);
        JsonNode interactive = Outbound.sentBodies(channel).get(0).path("interactive");
        assertThat(interactive.path("type").asText()).isEqualTo("product_list");
        assertThat(interactive.path("action").path("sections").findValuesAsText("product_retailer_id"))
                .containsExactly("cake-1", "cake-2", "bread-1");
    }

    @Test
    void aCatalogMessageIsSent() {
        Registrations.Registered channel = Registrations.freshChannelWithCatalog(CATALOG);

        OutboundCommand command =
                Outbound.send(channel, new OutboundContent.CatalogMessage("Browse our catalog", null, "cake-1"), null);

        assertAccepted(command);
        assertThat(Outbound.sentBodies(channel)
                        .get(0)
                        .path("interactive")
                        .path("type")
                        .asText())
                .isEqualTo("catalog_message");
    }

    @Test
    void aProductForAChannelWithoutCatalogFailsBeforeAnythingIsSent() {
        Registrations.Registered channel = Registrations.freshChannel();

        OutboundCommand command = Outbound.send(channel, new OutboundContent.Product(null, "cake-1", null, null), null);

        DeliveryReceipt receipt = Outbound.receipt(command);
        assertThat(receipt.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(receipt.error().code()).isEqualTo("no-catalog");
        assertThat(receipt.error().detail()).contains("No Meta catalog is registered for this channel");
        assertThat(Outbound.sentBodies(channel)).isEmpty();
    }

    private static void assertAccepted(OutboundCommand command) {
        DeliveryReceipt receipt = Outbound.receipt(command);
        assertThat(receipt.state()).as("receipt %s", receipt.error()).isEqualTo(DeliveryState.ACCEPTED);
        assertThat(receipt.platformMessageId()).startsWith("wamid.");
    }
}
