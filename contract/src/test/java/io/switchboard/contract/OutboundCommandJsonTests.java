package io.switchboard.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.content.ContactCard;
import io.switchboard.contract.content.MediaKind;
import io.switchboard.contract.outbound.Choice;
import io.switchboard.contract.outbound.ChoiceStyle;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.ProductSection;
import io.switchboard.contract.outbound.Purpose;
import io.switchboard.contract.outbound.TemplateParameter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundCommandJsonTests {

    @ParameterizedTest
    @ValueSource(strings = {"outbound/reply-choices.json", "outbound/broadcast-template.json"})
    void everyExampleIsSchemaValidAndSurvivesARoundTrip(String example) {
        JsonNode json = Examples.json(example);
        assertThat(ContractSchemas.violations(ContractSchemas.OUTBOUND_COMMAND, json))
                .isEmpty();

        OutboundCommand command = ContractJson.fromJson(json.toString(), OutboundCommand.class);

        assertThat(Examples.reparsed(command)).isEqualTo(json);
    }

    @Test
    void everyOutboundContentKindIsSchemaValid() {
        List<OutboundContent> contents = List.of(
                OutboundContent.Text.of("I nostri prezzi: https://studio-rossi.it/prezzi"),
                new OutboundContent.Media(MediaKind.IMAGE, "https://studio-rossi.it/logo.png", null, "Logo", null),
                new OutboundContent.Media(MediaKind.DOCUMENT, null, "1234567890", null, "listino.pdf"),
                new OutboundContent.Choices(
                        "Scegli", null, null, ChoiceStyle.BUTTONS, null, List.of(Choice.of("yes", "Sì"))),
                new OutboundContent.Template("benvenuto", "it", List.of(TemplateParameter.body("Giulia"))),
                new OutboundContent.Reaction("wamid.TARGET", "🙏"),
                new OutboundContent.Location(45.4642, 9.19, "Studio Rossi", "Via Roma 1, Milano"),
                new OutboundContent.Contacts(List.of(new ContactCard(
                        "Studio Rossi", List.of("+39021234567"), List.of("info@studio-rossi.it"), "Studio Rossi"))),
                new OutboundContent.LinkButton("Prenota qui", null, null, "Prenota", "https://studio-rossi.it/agenda"),
                new OutboundContent.Product(null, "SEC-01", "Consulenza sicurezza", null),
                new OutboundContent.ProductList(
                        "cat-1", "Servizi", "Scegli", null, List.of(new ProductSection("Cloud", List.of("CLD-01")))),
                new OutboundContent.CatalogMessage("Sfoglia il catalogo", null, "SEC-01"),
                new OutboundContent.MediaGroup(List.of(
                        new OutboundContent.Media(MediaKind.IMAGE, "https://x.it/1.jpg", null, "Ufficio", null),
                        new OutboundContent.Media(MediaKind.IMAGE, "https://x.it/2.jpg", null, null, null))),
                new OutboundContent.Edit("4415", "Orari aggiornati: 9-17"),
                new OutboundContent.Delete("4415"),
                new OutboundContent.TypingIndicator("wamid.IN"),
                new OutboundContent.MarkAsRead("wamid.IN"),
                new OutboundContent.Choices(
                        "Link utili",
                        null,
                        null,
                        ChoiceStyle.BUTTONS,
                        null,
                        List.of(Choice.of("faq", "FAQ"), Choice.link("site", "Sito", "https://studio-rossi.it"))));

        for (OutboundContent content : contents) {
            OutboundCommand command = OutboundCommand.create(
                    UUID.randomUUID(),
                    "studio-rossi",
                    Platform.WHATSAPP,
                    SampleEvents.CHAT,
                    Purpose.REPLY,
                    content,
                    null);
            JsonNode json = ContractJson.mapper().valueToTree(command);

            assertThat(ContractSchemas.violations(ContractSchemas.OUTBOUND_COMMAND, json))
                    .as(content.getClass().getSimpleName())
                    .isEmpty();
            assertThat(ContractJson.fromJson(json.toString(), OutboundCommand.class))
                    .isEqualTo(command);
        }
    }

    @Test
    void mediaNeedsExactlyOneSource() {
        assertThatThrownBy(() -> new OutboundContent.Media(MediaKind.IMAGE, "https://x/y.png", "123", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutboundContent.Media(MediaKind.IMAGE, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMediaGroupNeedsTwoItemsAndAProductListASection() {
        assertThatThrownBy(() -> new OutboundContent.MediaGroup(
                        List.of(new OutboundContent.Media(MediaKind.IMAGE, "https://x.it/1.jpg", null, null, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutboundContent.ProductList(null, "h", "b", null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void choicesWithoutOptionsAreRejected() {
        assertThatThrownBy(() -> new OutboundContent.Choices("?", null, null, ChoiceStyle.LIST, "Apri", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theChannelIdIsTheRecipientsChannel() {
        OutboundCommand command =
                ContractJson.fromJson(Examples.text("outbound/reply-choices.json"), OutboundCommand.class);

        assertThat(command.channelId()).isEqualTo("wa-1");
        assertThat(command.purpose()).isEqualTo(Purpose.REPLY);
    }

    @Test
    void eachPlatformHasItsOutboundTopic() {
        assertThat(Platform.WHATSAPP.outboundTopic()).isEqualTo("switchboard.outbound.whatsapp.v1");
        assertThat(Platform.TELEGRAM.outboundTopic()).isEqualTo("switchboard.outbound.telegram.v1");
        assertThat(Topics.deadLetter(Topics.INBOUND)).isEqualTo("switchboard.inbound.v1.dlq");
    }
}
