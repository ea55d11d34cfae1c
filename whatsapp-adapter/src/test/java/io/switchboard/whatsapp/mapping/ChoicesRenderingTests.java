package io.switchboard.whatsapp.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.outbound.Choice;
import io.switchboard.contract.outbound.ChoiceStyle;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Choices as interactive button and list messages, within WhatsApp's limits. */
class ChoicesRenderingTests {
    @Test
    void buttonsAreAnInteractiveButtonMessage() {
        ObjectNode message = Rendering.single(Rendering.direct(
                new OutboundContent.Choices(
                        "Shall we book it?",
                        "Booking",
                        "Reply any time",
                        ChoiceStyle.BUTTONS,
                        null,
                        List.of(Choice.of("yes", "Yes"), Choice.of("no", "No"))),
                null));

        assertThat(message.path("interactive")).isEqualTo(Webhooks.json("""
                {"type":"button","header":{"type":"text","text":"Booking"},"body":{"text":"Shall we book it?"},
                 "footer":{"text":"Reply any time"},
                 "action":{"buttons":[{"type":"reply","reply":{"id":"yes","title":"Yes"}},
                                      {"type":"reply","reply":{"id":"no","title":"No"}}]}}"""));
    }

    @Test
    void aFourthButtonIsRejected() {
        Rendering.assertRejected(
                buttons(List.of(Choice.of("a", "A"), Choice.of("b", "B"), Choice.of("c", "C"), Choice.of("d", "D"))),
                "at most 3 reply buttons");
    }

    @Test
    void aButtonTitleOverTwentyCharactersIsRejected() {
        Rendering.assertRejected(buttons(List.of(Choice.of("a", "A title that is too long"))), "at most 20");
    }

    @Test
    void aListGroupsRowsIntoSectionsInOrder() {
        ObjectNode message = Rendering.single(Rendering.direct(
                new OutboundContent.Choices(
                        "Pick a slot",
                        null,
                        null,
                        ChoiceStyle.LIST,
                        "See slots",
                        List.of(
                                new Choice("mon-9", "Monday 9:00", "With Anna", "Monday"),
                                new Choice("mon-10", "Monday 10:00", null, "Monday"),
                                new Choice("tue-9", "Tuesday 9:00", null, "Tuesday"))),
                null));

        assertThat(message.path("interactive")).isEqualTo(Webhooks.json("""
                {"type":"list","body":{"text":"Pick a slot"},
                 "action":{"button":"See slots","sections":[
                   {"title":"Monday","rows":[{"id":"mon-9","title":"Monday 9:00","description":"With Anna"},
                                             {"id":"mon-10","title":"Monday 10:00"}]},
                   {"title":"Tuesday","rows":[{"id":"tue-9","title":"Tuesday 9:00"}]}]}}"""));
    }

    @Test
    void anEleventhListRowIsRejected() {
        List<Choice> rows = IntStream.range(0, 11)
                .mapToObj(i -> Choice.of("r" + i, "Row " + i))
                .toList();

        Rendering.assertRejected(
                Rendering.direct(new OutboundContent.Choices("Pick", null, null, ChoiceStyle.LIST, "Open", rows), null),
                "at most 10 rows");
    }

    @Test
    void aListWithoutButtonLabelIsRejected() {
        Rendering.assertRejected(
                Rendering.direct(
                        new OutboundContent.Choices(
                                "Pick", null, null, ChoiceStyle.LIST, null, List.of(Choice.of("a", "A"))),
                        null),
                "button label");
    }

    private OutboundCommand buttons(List<Choice> options) {
        return Rendering.direct(
                new OutboundContent.Choices("Pick", null, null, ChoiceStyle.BUTTONS, null, options), null);
    }
}
