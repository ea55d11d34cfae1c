package io.switchboard.whatsapp.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.TemplateParameter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Templates with their parameters, and reactions. */
class TemplateAndReactionRenderingTests {
    @Test
    void aTemplatePutsParametersIntoTheirComponents() {
        ObjectNode message = Rendering.single(Rendering.direct(
                new OutboundContent.Template(
                        "order_update",
                        "it",
                        List.of(
                                new TemplateParameter("header", null, null, "Ordine 42"),
                                TemplateParameter.body("Marco"),
                                new TemplateParameter("body", null, "eta", "domani"),
                                new TemplateParameter("button", 0, null, "track-42"))),
                null));

        assertThat(message.path("template")).isEqualTo(Webhooks.json("""
                {"name":"order_update","language":{"code":"it"},"components":[
                  {"type":"header","parameters":[{"type":"text","text":"Ordine 42"}]},
                  {"type":"body","parameters":[{"type":"text","text":"Marco"},
                                               {"type":"text","parameter_name":"eta","text":"domani"}]},
                  {"type":"button","sub_type":"quick_reply","index":"0",
                   "parameters":[{"type":"payload","payload":"track-42"}]}]}"""));
    }

    @Test
    void aReactionNamesItsMessageAndNeverQuotes() {
        ObjectNode message =
                Rendering.single(Rendering.direct(new OutboundContent.Reaction("wamid.T", "\uD83D\uDC4D"), "wamid.Q"));

        assertThat(message.has("context")).isFalse();
        assertThat(message.path("reaction"))
                .isEqualTo(Webhooks.json("{\"message_id\":\"wamid.T\",\"emoji\":\"\uD83D\uDC4D\"}"));
    }

    @Test
    void takingAReactionBackSendsAnEmptyEmoji() {
        JsonNode reaction = Rendering.single(Rendering.direct(new OutboundContent.Reaction("wamid.T", null), null))
                .path("reaction");

        assertThat(reaction.path("emoji").asText()).isEmpty();
    }
}
