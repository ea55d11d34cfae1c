package io.switchboard.telegram.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.ChatType;
import io.switchboard.contract.content.ContactCard;
import io.switchboard.contract.outbound.Choice;
import io.switchboard.contract.outbound.ChoiceStyle;
import io.switchboard.contract.outbound.OutboundContent;
import java.util.List;
import org.junit.jupiter.api.Test;

class RichContentRenderingTests {

    private final Renderings renderings = new Renderings();

    @Test
    void aLinkButtonIsATextWithOneUrlButton() {
        OutboundContent.LinkButton link = new OutboundContent.LinkButton(
                "Prenota online in due minuti", "Studio Rossi", "Senza costi", "Prenota", "https://rossi.it/prenota");

        JsonNode request = renderings.onlyRequest(Renderings.command(link, null));

        assertThat(request.get("text").asText())
                .isEqualTo("<b>Studio Rossi</b>\n\nPrenota online in due minuti\n\n<i>Senza costi</i>");
        JsonNode button = request.at("/reply_markup/inline_keyboard/0/0");
        assertThat(button.get("text").asText()).isEqualTo("Prenota");
        assertThat(button.get("url").asText()).isEqualTo("https://rossi.it/prenota");
        assertThat(button.has("callback_data")).isFalse();
    }

    @Test
    void aChoiceWithALinkIsAUrlButtonBesideTheCallbackButtons() {
        OutboundContent.Choices choices = new OutboundContent.Choices(
                "Come preferisci?",
                null,
                null,
                ChoiceStyle.BUTTONS,
                null,
                List.of(Choice.of("call-me", "Richiamatemi"), Choice.link("site", "Sito", "https://rossi.it")));

        JsonNode keyboard =
                renderings.onlyRequest(Renderings.command(choices, null)).at("/reply_markup/inline_keyboard");

        assertThat(keyboard.at("/0/0/callback_data").asText()).isEqualTo("c:call-me");
        assertThat(keyboard.at("/1/0/url").asText()).isEqualTo("https://rossi.it");
        assertThat(keyboard.at("/1/0").has("callback_data")).isFalse();
    }

    @Test
    void aLinkTelegramCannotOpenIsRefused() {
        OutboundContent.LinkButton link =
                new OutboundContent.LinkButton("Scrivici", null, null, "Mail", "mailto:info@rossi.it");

        assertThat(renderings.refused(Renderings.command(link, null)).code()).isEqualTo("INVALID_URL");
    }

    @Test
    void aPointOnTheMapIsSentWithSendLocation() {
        BotApiCall call = renderings.onlyCall(
                Renderings.command(new OutboundContent.Location(45.4642, 9.19, null, null), "4412"));

        assertThat(call.method()).isEqualTo("sendLocation");
        JsonNode request = Renderings.json(call);
        assertThat(request.get("latitude").asDouble()).isEqualTo(45.4642);
        assertThat(request.get("longitude").asDouble()).isEqualTo(9.19);
        assertThat(request.at("/reply_parameters/message_id").asLong()).isEqualTo(4412);
    }

    @Test
    void aNamedPlaceIsSentAsAVenue() {
        BotApiCall call = renderings.onlyCall(Renderings.command(
                new OutboundContent.Location(45.4642, 9.19, "Studio Rossi", "Via Roma 1, Milano"), null));

        assertThat(call.method()).isEqualTo("sendVenue");
        JsonNode request = Renderings.json(call);
        assertThat(request.get("title").asText()).isEqualTo("Studio Rossi");
        assertThat(request.get("address").asText()).isEqualTo("Via Roma 1, Milano");
    }

    @Test
    void eachContactCardIsOneSendContactAndOnlyTheFirstQuotes() {
        OutboundContent.Contacts contacts = new OutboundContent.Contacts(List.of(
                new ContactCard("Studio Rossi", List.of("+39021234567"), List.of(), null),
                new ContactCard("Anna Rossi", List.of("+393331234567"), List.of(), null)));

        List<BotApiCall> calls = renderings.calls(Renderings.command(contacts, "4412"));

        assertThat(calls).extracting(BotApiCall::method).containsExactly("sendContact", "sendContact");
        JsonNode first = Renderings.json(calls.get(0));
        assertThat(first.get("phone_number").asText()).isEqualTo("+39021234567");
        assertThat(first.get("first_name").asText()).isEqualTo("Studio Rossi");
        assertThat(first.has("vcard")).isFalse();
        assertThat(first.has("reply_parameters")).isTrue();
        assertThat(Renderings.json(calls.get(1)).has("reply_parameters")).isFalse();
    }

    @Test
    void aCardWithMoreThanANumberCarriesTheRestAsAVCard() {
        OutboundContent.Contacts contacts = new OutboundContent.Contacts(List.of(new ContactCard(
                "Anna Rossi", List.of("+39021234567", "+393331234567"), List.of("anna@rossi.it"), "Rossi, Studio")));

        JsonNode request = renderings.onlyRequest(Renderings.command(contacts, null));

        assertThat(request.get("vcard").asText())
                .isEqualTo("BEGIN:VCARD\nVERSION:3.0\nFN:Anna Rossi\nORG:Rossi\\, Studio\nTEL:+39021234567\n"
                        + "TEL:+393331234567\nEMAIL:anna@rossi.it\nEND:VCARD");
    }

    @Test
    void aCardWithoutAPhoneNumberIsRefused() {
        OutboundContent.Contacts contacts = new OutboundContent.Contacts(
                List.of(new ContactCard("Anna Rossi", List.of(), List.of("anna@rossi.it"), null)));

        assertThat(renderings.refused(Renderings.command(contacts, null)).code())
                .isEqualTo("CONTACT_WITHOUT_PHONE");
    }

    @Test
    void aChannelPostGoesToTheChannelLikeAnyChat() {
        JsonNode request = renderings.onlyRequest(Renderings.to(
                "-1009876543210", ChatType.CHANNEL, OutboundContent.Text.of("Nuovi orari dal lunedì"), null));

        assertThat(request.get("chat_id").asLong()).isEqualTo(-1009876543210L);
        assertThat(request.get("text").asText()).isEqualTo("Nuovi orari dal lunedì");
    }

    @Test
    void aChannelNamedByUsernameIsAddressedByIt() {
        JsonNode request = renderings.onlyRequest(
                Renderings.to("@studio_rossi_news", ChatType.CHANNEL, OutboundContent.Text.of("Novità"), null));

        assertThat(request.get("chat_id").asText()).isEqualTo("@studio_rossi_news");
    }
}
