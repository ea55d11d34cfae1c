package io.switchboard.whatsapp.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.content.MediaKind;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.outbound.Choice;
import io.switchboard.contract.outbound.ChoiceStyle;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.TemplateParameter;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.whatsapp.support.Registrations;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of outbound content reaches the Graph API in its native shape, and is receipted ACCEPTED. */
@QuarkusTest
class OutboundSendTests {

    @Test
    void aTextIsSentWithItsQuoteAndReceiptedAcceptedWithTheWamid() {
        Registrations.Registered channel = Registrations.freshChannel();

        OutboundCommand command = Outbound.send(channel, new OutboundContent.Text("Ciao Marco!", false), "wamid.ASKED");

        DeliveryReceipt receipt = Outbound.receipts(command, 1).get(0);
        assertThat(receipt.state()).isEqualTo(DeliveryState.ACCEPTED);
        assertThat(receipt.platformMessageId()).startsWith("wamid.");
        assertThat(receipt.channelId()).isEqualTo(channel.channelId());
        assertThat(Outbound.sentBodies(channel)).containsExactly(JsonHttp.json("""
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"393401234567",
                 "context":{"message_id":"wamid.ASKED"},"type":"text",
                 "text":{"body":"Ciao Marco!","preview_url":false}}"""));
    }

    @Test
    void aTextOverTheLimitIsSentInPartsUnderOneReceipt() {
        Registrations.Registered channel = Registrations.freshChannel();
        String body = "Our opening hours change next week. ".repeat(150).trim();

        OutboundCommand command = Outbound.send(channel, OutboundContent.Text.of(body), null);

        assertThat(Outbound.receipts(command, 1).get(0).state()).isEqualTo(DeliveryState.ACCEPTED);
        List<JsonNode> sent = Outbound.sentBodies(channel);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).path("text").path("body").asText() + " "
                        + sent.get(1).path("text").path("body").asText())
                .isEqualTo(body);
    }

    @Test
    void anImageByLinkIsSentWithItsCaption() {
        Registrations.Registered channel = Registrations.freshChannel();

        OutboundCommand command = Outbound.send(
                channel,
                new OutboundContent.Media(
                        MediaKind.IMAGE, "https://cdn.example.com/cake.jpg", null, "Today's cake", null),
                null);

        Outbound.receipts(command, 1);
        JsonNode sent = Outbound.sentBodies(channel).get(0);
        assertThat(sent.path("type").asText()).isEqualTo("image");
        assertThat(sent.path("image"))
                .isEqualTo(
                        JsonHttp.json("{\"link\":\"https://cdn.example.com/cake.jpg\",\"caption\":\"Today's cake\"}"));
    }

    @Test
    void buttonsAreSentAsAnInteractiveButtonMessage() {
        Registrations.Registered channel = Registrations.freshChannel();

        OutboundCommand command = Outbound.send(
                channel,
                new OutboundContent.Choices(
                        "Confirm for 10:30?",
                        null,
                        null,
                        ChoiceStyle.BUTTONS,
                        null,
                        List.of(Choice.of("yes", "Yes"), Choice.of("later", "Another time"))),
                null);

        assertThat(Outbound.receipts(command, 1).get(0).state()).isEqualTo(DeliveryState.ACCEPTED);
        JsonNode interactive = Outbound.sentBodies(channel).get(0).path("interactive");
        assertThat(interactive.path("type").asText()).isEqualTo("button");
        assertThat(interactive.path("action").path("buttons").findValuesAsText("id"))
                .containsExactly("yes", "later");
    }

    @Test
    void aListIsSentAsAnInteractiveListMessage() {
        Registrations.Registered channel = Registrations.freshChannel();

        OutboundCommand command = Outbound.send(
                channel,
                new OutboundContent.Choices(
                        "Which service?",
                        null,
                        null,
                        ChoiceStyle.LIST,
                        "Services",
                        List.of(
                                new Choice("cut", "Haircut", "30 min", "Hair"),
                                new Choice("color", "Colour", "90 min", "Hair"),
                                new Choice("nails", "Manicure", null, "Hands"))),
                null);

        assertThat(Outbound.receipts(command, 1).get(0).state()).isEqualTo(DeliveryState.ACCEPTED);
        JsonNode action =
                Outbound.sentBodies(channel).get(0).path("interactive").path("action");
        assertThat(action.path("button").asText()).isEqualTo("Services");
        assertThat(action.path("sections").findValuesAsText("title")).contains("Hair", "Hands");
    }

    @Test
    void aTemplateIsSentWithItsParameters() {
        Registrations.Registered channel = Registrations.freshChannel();

        OutboundCommand command = Outbound.send(
                channel,
                new OutboundContent.Template(
                        "appointment_reminder",
                        "it",
                        List.of(TemplateParameter.body("Marco"), TemplateParameter.body("10:30"))),
                null);

        assertThat(Outbound.receipts(command, 1).get(0).state()).isEqualTo(DeliveryState.ACCEPTED);
        JsonNode template = Outbound.sentBodies(channel).get(0).path("template");
        assertThat(template.path("name").asText()).isEqualTo("appointment_reminder");
        assertThat(template.path("language").path("code").asText()).isEqualTo("it");
        assertThat(template.path("components").get(0).path("parameters").findValuesAsText("text"))
                .containsExactly("Marco", "10:30");
    }

    @Test
    void aReactionIsSentToTheMessageItReactsTo() {
        Registrations.Registered channel = Registrations.freshChannel();

        OutboundCommand command =
                Outbound.send(channel, new OutboundContent.Reaction("wamid.CUSTOMER1", "\u2764\uFE0F"), null);

        assertThat(Outbound.receipts(command, 1).get(0).state()).isEqualTo(DeliveryState.ACCEPTED);
        assertThat(Outbound.sentBodies(channel).get(0).path("reaction"))
                .isEqualTo(JsonHttp.json("{\"message_id\":\"wamid.CUSTOMER1\",\"emoji\":\"\u2764\uFE0F\"}"));
    }
}
