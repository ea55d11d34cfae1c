package io.switchboard.telegram.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.ChatType;
import io.switchboard.contract.outbound.OutboundContent;
import org.junit.jupiter.api.Test;

class MessageActionRenderingTests {

    private final Renderings renderings = new Renderings();

    @Test
    void anEditReplacesTheTextOfTheTargetMessageInTheRecipientsChat() {
        BotApiCall call =
                renderings.onlyCall(Renderings.command(new OutboundContent.Edit("5120", "Orari: 9 <-> 18"), null));

        assertThat(call.method()).isEqualTo("editMessageText");
        assertThat(call.messages()).isZero();
        assertThat(((BotApiCall.Act) call).subjectMessageId()).isEqualTo("5120");
        JsonNode request = Renderings.json(call);
        assertThat(request.get("chat_id").asLong()).isEqualTo(7012345678L);
        assertThat(request.get("message_id").asLong()).isEqualTo(5120);
        assertThat(request.get("text").asText()).isEqualTo("Orari: 9 &lt;-&gt; 18");
        assertThat(request.get("parse_mode").asText()).isEqualTo("HTML");
    }

    @Test
    void anEditLongerThanOneMessageIsRefused() {
        OutboundContent.Edit edit = new OutboundContent.Edit("5120", "x".repeat(4097));

        assertThat(renderings.refused(Renderings.command(edit, null)).code()).isEqualTo("TEXT_TOO_LONG");
    }

    @Test
    void anEditOfSomethingThatIsNotATelegramMessageIdIsRefused() {
        OutboundContent.Edit edit = new OutboundContent.Edit("wamid.HBgL", "Nuovo testo");

        assertThat(renderings.refused(Renderings.command(edit, null)).code()).isEqualTo("INVALID_TARGET");
    }

    @Test
    void aDeleteNamesTheChatAndTheMessage() {
        BotApiCall call = renderings.onlyCall(Renderings.command(new OutboundContent.Delete("5120"), null));

        assertThat(call.method()).isEqualTo("deleteMessage");
        JsonNode request = Renderings.json(call);
        assertThat(request.get("chat_id").asLong()).isEqualTo(7012345678L);
        assertThat(request.get("message_id").asLong()).isEqualTo(5120);
    }

    @Test
    void aTypingIndicatorIsTheTypingChatAction() {
        BotApiCall call = renderings.onlyCall(Renderings.command(new OutboundContent.TypingIndicator("4412"), null));

        assertThat(call.method()).isEqualTo("sendChatAction");
        assertThat(Renderings.json(call).get("action").asText()).isEqualTo("typing");
        assertThat(((BotApiCall.Act) call).subjectMessageId()).isNull();
    }

    @Test
    void aChannelShowsNoTypingIndicator() {
        Rendering.Refused refused = renderings.refused(
                Renderings.to("-1009876543210", ChatType.CHANNEL, new OutboundContent.TypingIndicator(null), null));

        assertThat(refused.code()).isEqualTo("UNSUPPORTED_CONTENT");
        assertThat(refused.title()).contains("channels");
    }

    @Test
    void aCallCanBeReaddressedToTheSupergroupAGroupBecame() {
        BotApiCall call = renderings.onlyCall(
                Renderings.to("-4012345678", ChatType.GROUP, OutboundContent.Text.of("Ciao a tutti"), null));

        BotApiCall moved = call.withChatId(-1004012345678L);

        assertThat(Renderings.json(moved).get("chat_id").asLong()).isEqualTo(-1004012345678L);
        assertThat(Renderings.json(moved).get("text").asText()).isEqualTo("Ciao a tutti");
    }
}
