package io.switchboard.whatsapp.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.ChatType;
import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.content.MediaKind;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Texts and media as Graph messages: quoting, splitting, group recipients, media by link or id. */
class TextAndMediaRenderingTests {
    @Test
    void aTextIsATextMessageWithPreviewSettingAndQuote() {
        ObjectNode message = Rendering.single(
                Rendering.direct(new OutboundContent.Text("See https://example.com", true), "wamid.Q"));

        assertThat(message).isEqualTo(Webhooks.json("""
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234",
                 "context":{"message_id":"wamid.Q"},"type":"text",
                 "text":{"body":"See https://example.com","preview_url":true}}"""));
    }

    @Test
    void aTextOverTheLimitIsSeveralMessagesAndOnlyTheFirstQuotes() {
        String body = "Sentence number one is here. ".repeat(200).trim();

        List<ObjectNode> messages =
                Rendering.render(Rendering.direct(new OutboundContent.Text(body, false), "wamid.Q"));

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).path("context").path("message_id").asText()).isEqualTo("wamid.Q");
        assertThat(messages.get(1).has("context")).isFalse();
        assertThat(messages)
                .allSatisfy(m -> assertThat(m.path("text").path("body").asText().length())
                        .isLessThanOrEqualTo(4096));
    }

    @Test
    void aGroupRecipientIsSentAsGroup() {
        OutboundCommand command = Rendering.command(
                new ConversationRef(Rendering.CHANNEL, "Y2FwaV9ncm91cDox", ChatType.GROUP),
                OutboundContent.Text.of("Hi all"),
                null);

        ObjectNode message = Rendering.single(command);

        assertThat(message.path("recipient_type").asText()).isEqualTo("group");
        assertThat(message.path("to").asText()).isEqualTo("Y2FwaV9ncm91cDox");
    }

    @Test
    void aDocumentByLinkKeepsCaptionAndFileName() {
        ObjectNode message = Rendering.single(Rendering.direct(
                new OutboundContent.Media(
                        MediaKind.DOCUMENT, "https://files.example.com/menu.pdf", null, "Our menu", "menu.pdf"),
                null));

        assertThat(message.path("type").asText()).isEqualTo("document");
        assertThat(message.path("document")).isEqualTo(Webhooks.json("""
                {"link":"https://files.example.com/menu.pdf","caption":"Our menu","filename":"menu.pdf"}"""));
    }

    @Test
    void aVoiceNoteByIdIsAnAudioMessage() {
        ObjectNode message = Rendering.single(Rendering.direct(
                new OutboundContent.Media(MediaKind.VOICE, null, "1142342947456104", null, null), null));

        assertThat(message.path("type").asText()).isEqualTo("audio");
        assertThat(message.path("audio")).isEqualTo(Webhooks.json("{\"id\":\"1142342947456104\"}"));
    }

    @Test
    void aCaptionOnAStickerIsRejected() {
        Rendering.assertRejected(
                Rendering.direct(new OutboundContent.Media(MediaKind.STICKER, null, "55", "hi", null), null),
                "no caption");
    }
}
