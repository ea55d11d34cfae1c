package io.switchboard.whatsapp.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.content.ContactCard;
import io.switchboard.contract.outbound.OutboundContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Places and contact cards, shaped as the spec's "Send Location Message" and "Send Contact Message" examples. */
class LocationAndContactsRenderingTests {

    @Test
    void aLocationIsALocationMessageWithNameAndAddress() {
        ObjectNode message = Rendering.single(Rendering.direct(
                new OutboundContent.Location(45.4642, 9.19, "Studio Rossi", "Via Roma 1, Milano"), "wamid.Q"));

        assertThat(message).isEqualTo(Webhooks.json("""
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234",
                 "context":{"message_id":"wamid.Q"},"type":"location",
                 "location":{"latitude":45.4642,"longitude":9.19,"name":"Studio Rossi",
                             "address":"Via Roma 1, Milano"}}"""));
    }

    @Test
    void aLocationOffTheMapIsRejected() {
        Rendering.assertRejected(
                Rendering.direct(new OutboundContent.Location(91, 9, null, null), null), "latitude within ±90");
    }

    @Test
    void aContactCardHasItsNamePartsPhonesEmailsAndCompany() {
        ObjectNode message = Rendering.single(Rendering.direct(
                new OutboundContent.Contacts(List.of(new ContactCard(
                        "Anna Maria Rossi", List.of("+39 02 1234567"), List.of("anna@studio.it"), "Studio Rossi"))),
                null));

        assertThat(message.path("type").asText()).isEqualTo("contacts");
        assertThat(message.path("contacts")).isEqualTo(Webhooks.json("""
                [{"name":{"formatted_name":"Anna Maria Rossi","first_name":"Anna","last_name":"Maria Rossi"},
                  "phones":[{"phone":"+39 02 1234567"}],"emails":[{"email":"anna@studio.it"}],
                  "org":{"company":"Studio Rossi"}}]"""));
    }

    @Test
    void aContactWithoutANameIsRejected() {
        Rendering.assertRejected(
                Rendering.direct(
                        new OutboundContent.Contacts(List.of(new ContactCard(" ", List.of("+39 333"), null, null))),
                        null),
                "A contact's name is required");
    }
}
