package io.switchboard.telegram.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.content.MediaKind;
import io.switchboard.contract.outbound.Choice;
import io.switchboard.contract.outbound.ChoiceStyle;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.TemplateParameter;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboundRendererTests {

    private final Renderings renderings = new Renderings();
    private final List<String> storedChoiceIds = renderings.storedChoiceIds;

    @Test
    void textIsSentAsEscapedHtmlToTheNumericChatId() {
        JsonNode request = onlyRequest(command(OutboundContent.Text.of("Prezzi <da> 50€ & più"), null));

        assertThat(request.get("chat_id").isNumber()).isTrue();
        assertThat(request.get("chat_id").asLong()).isEqualTo(7012345678L);
        assertThat(request.get("text").asText()).isEqualTo("Prezzi &lt;da&gt; 50€ &amp; più");
        assertThat(request.get("parse_mode").asText()).isEqualTo("HTML");
        assertThat(request.get("link_preview_options").get("is_disabled").asBoolean())
                .isTrue();
        assertThat(request.has("reply_parameters")).isFalse();
        assertThat(request.has("reply_markup")).isFalse();
    }

    @Test
    void aReplyQuotesTheOriginalAndStillGoesOutIfItWasDeleted() {
        JsonNode request = onlyRequest(command(OutboundContent.Text.of("Certo!"), "4412"));

        assertThat(request.get("reply_parameters").get("message_id").asLong()).isEqualTo(4412);
        assertThat(request.get("reply_parameters")
                        .get("allow_sending_without_reply")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aTextLongerThan4096CharactersGoesOutInPartsAndOnlyTheFirstQuotes() {
        String body = "Una frase completa del listino. ".repeat(200).trim();

        List<BotApiCall> calls = calls(command(OutboundContent.Text.of(body), "4412"));

        assertThat(calls).hasSize(2);
        assertThat(json(calls.get(0)).get("text").asText().length()).isLessThanOrEqualTo(4096);
        assertThat(json(calls.get(0)).has("reply_parameters")).isTrue();
        assertThat(json(calls.get(1)).has("reply_parameters")).isFalse();
    }

    @Test
    void buttonsBecomeAnInlineKeyboardWithOneButtonPerRow() {
        OutboundContent.Choices choices = new OutboundContent.Choices(
                "Come posso aiutarti?",
                "Studio Rossi",
                "Rispondiamo entro un'ora",
                ChoiceStyle.BUTTONS,
                null,
                List.of(Choice.of("book-consultation", "Prenota"), Choice.of("price-list", "Listino")));

        JsonNode request = onlyRequest(command(choices, null));

        assertThat(request.get("text").asText())
                .isEqualTo("<b>Studio Rossi</b>\n\nCome posso aiutarti?\n\n<i>Rispondiamo entro un'ora</i>");
        JsonNode keyboard = request.get("reply_markup").get("inline_keyboard");
        assertThat(keyboard).hasSize(2);
        assertThat(keyboard.get(0).get(0).get("text").asText()).isEqualTo("Prenota");
        assertThat(keyboard.get(0).get(0).get("callback_data").asText()).isEqualTo("c:book-consultation");
        assertThat(keyboard.get(1).get(0).get("callback_data").asText()).isEqualTo("c:price-list");
        assertThat(storedChoiceIds).isEmpty();
    }

    @Test
    void aChoiceIdTooLongForCallbackDataTravelsAsAStoredShortKey() {
        String longId = "service:complete-renovation-with-design-and-permits:2026-spring-offer";
        OutboundContent.Choices choices = new OutboundContent.Choices(
                "Quale servizio?", null, null, ChoiceStyle.BUTTONS, null, List.of(Choice.of(longId, "Completo")));

        JsonNode button = onlyRequest(command(choices, null))
                .get("reply_markup")
                .get("inline_keyboard")
                .get(0)
                .get(0);

        assertThat(storedChoiceIds).containsExactly(longId);
        assertThat(button.get("callback_data").asText()).isEqualTo("k:KEY1");
    }

    @Test
    void aListWritesOutOptionDescriptionsUnderTheBody() {
        OutboundContent.Choices list = new OutboundContent.Choices(
                "Scegli un servizio",
                null,
                null,
                ChoiceStyle.LIST,
                "Servizi",
                List.of(new Choice("s1", "Consulenza", "60 minuti, 80 €", "Studio")));

        JsonNode request = onlyRequest(command(list, null));

        assertThat(request.get("text").asText()).isEqualTo("Scegli un servizio\n• Consulenza: 60 minuti, 80 €");
        assertThat(request.get("reply_markup").get("inline_keyboard")).hasSize(1);
    }

    @Test
    void aPhotoByLinkIsSentWithSendPhotoAndItsCaption() {
        OutboundContent.Media photo = new OutboundContent.Media(
                MediaKind.IMAGE, "https://example.com/p.jpg", null, "Il <nuovo> studio", null);

        List<BotApiCall> calls = calls(command(photo, null));

        assertThat(calls).hasSize(1);
        BotApiCall.Send send = (BotApiCall.Send) calls.get(0);
        assertThat(send.method()).isEqualTo("sendPhoto");
        JsonNode request = json(send);
        assertThat(request.get("photo").asText()).isEqualTo("https://example.com/p.jpg");
        assertThat(request.get("caption").asText()).isEqualTo("Il &lt;nuovo&gt; studio");
        assertThat(request.get("parse_mode").asText()).isEqualTo("HTML");
    }

    @Test
    void eachMediaKindUsesItsBotApiMethod() {
        assertThat(methodFor(MediaKind.DOCUMENT)).isEqualTo("sendDocument");
        assertThat(methodFor(MediaKind.AUDIO)).isEqualTo("sendAudio");
        assertThat(methodFor(MediaKind.VOICE)).isEqualTo("sendVoice");
        assertThat(methodFor(MediaKind.VIDEO)).isEqualTo("sendVideo");
        assertThat(methodFor(MediaKind.ANIMATION)).isEqualTo("sendAnimation");
        assertThat(methodFor(MediaKind.STICKER)).isEqualTo("sendSticker");
        assertThat(methodFor(MediaKind.VIDEO_NOTE)).isEqualTo("sendVideoNote");
    }

    @Test
    void aCaptionLongerThan1024CharactersContinuesAsText() {
        String caption = "Dettagli del progetto. ".repeat(60).trim();
        OutboundContent.Media document = new OutboundContent.Media(MediaKind.DOCUMENT, null, "BQACAgQ", caption, null);

        List<BotApiCall> calls = calls(command(document, null));

        assertThat(calls).hasSize(2);
        assertThat(json(calls.get(0)).get("caption").asText().length()).isLessThanOrEqualTo(1024);
        assertThat(json(calls.get(0)).get("document").asText()).isEqualTo("BQACAgQ");
        assertThat(((BotApiCall.Send) calls.get(1)).method()).isEqualTo("sendMessage");
    }

    @Test
    void aReactionSetsTheEmojiOnTheTargetMessage() {
        List<BotApiCall> calls = calls(command(new OutboundContent.Reaction("4412", "👍"), null));

        BotApiCall.Act react = (BotApiCall.Act) calls.get(0);
        assertThat(react.method()).isEqualTo("setMessageReaction");
        assertThat(react.messages()).isZero();
        JsonNode request = json(react);
        assertThat(request.get("message_id").asLong()).isEqualTo(4412);
        assertThat(request.get("reaction").get(0).get("type").asText()).isEqualTo("emoji");
        assertThat(request.get("reaction").get(0).get("emoji").asText()).isEqualTo("👍");
    }

    @Test
    void aReactionWithoutEmojiTakesOursBack() {
        BotApiCall react =
                calls(command(new OutboundContent.Reaction("4412", null), null)).get(0);

        assertThat(json(react).get("reaction")).isEmpty();
    }

    @Test
    void aTemplateIsRefusedBecauseTelegramHasNone() {
        Rendering rendering = renderings.render(command(
                new OutboundContent.Template("appointment_reminder", "it", List.of(TemplateParameter.body("x"))),
                null));

        assertThat(rendering).isInstanceOf(Rendering.Refused.class);
        assertThat(((Rendering.Refused) rendering).title()).isEqualTo("templates are a WhatsApp feature");
    }

    @Test
    void anEmptyTextIsRefusedRatherThanSentToFail() {
        assertThat(renderings.render(command(OutboundContent.Text.of("  "), null)))
                .isInstanceOf(Rendering.Refused.class);
    }

    private String methodFor(MediaKind kind) {
        OutboundContent.Media media = new OutboundContent.Media(kind, null, "file-id", null, null);
        return calls(command(media, null)).get(0).method();
    }

    private static OutboundCommand command(OutboundContent content, String replyTo) {
        return Renderings.command(content, replyTo);
    }

    private List<BotApiCall> calls(OutboundCommand command) {
        return renderings.calls(command);
    }

    private JsonNode onlyRequest(OutboundCommand command) {
        return renderings.onlyRequest(command);
    }

    private static JsonNode json(BotApiCall call) {
        return Renderings.json(call);
    }
}
