package io.switchboard.whatsapp.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.outbound.Choice;
import io.switchboard.contract.outbound.ChoiceStyle;
import io.switchboard.contract.outbound.OutboundContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A link is a call-to-action URL button (interactive cta_url); reply buttons cannot carry one. */
class LinkButtonRenderingTests {

    @Test
    void aLinkButtonIsAnInteractiveCtaUrlMessage() {
        ObjectNode message = Rendering.single(Rendering.direct(
                new OutboundContent.LinkButton(
                        "Pick a time that suits you.",
                        "Booking",
                        "Studio Rossi",
                        "See dates",
                        "https://studio.example/book"),
                "wamid.Q"));

        assertThat(message.path("type").asText()).isEqualTo("interactive");
        assertThat(message.path("context").path("message_id").asText()).isEqualTo("wamid.Q");
        assertThat(message.path("interactive")).isEqualTo(Webhooks.json("""
                {"type":"cta_url","header":{"type":"text","text":"Booking"},
                 "body":{"text":"Pick a time that suits you."},"footer":{"text":"Studio Rossi"},
                 "action":{"name":"cta_url",
                           "parameters":{"display_text":"See dates","url":"https://studio.example/book"}}}"""));
    }

    @Test
    void aLabelOverTwentyCharactersIsRejected() {
        Rendering.assertRejected(
                Rendering.direct(
                        new OutboundContent.LinkButton(
                                "Body", null, null, "Open the booking page now", "https://studio.example"),
                        null),
                "at most 20");
    }

    @Test
    void aUrlThatIsNotAWebAddressIsRejected() {
        Rendering.assertRejected(
                Rendering.direct(new OutboundContent.LinkButton("Body", null, null, "Open", "ftp://x"), null),
                "http(s) URL");
    }

    @Test
    void aReplyButtonThatOpensALinkIsNotOnWhatsApp() {
        Rendering.assertRejected(
                Rendering.direct(
                        new OutboundContent.Choices(
                                "Pick",
                                null,
                                null,
                                ChoiceStyle.BUTTONS,
                                null,
                                List.of(Choice.of("yes", "Yes"), Choice.link("web", "Website", "https://x.example"))),
                        null),
                Rendering.CHANNEL_CATALOG,
                ContentRejectedException.NOT_ON_WHATSAPP,
                "WhatsApp reply buttons cannot open links; send a LinkButton");
    }
}
