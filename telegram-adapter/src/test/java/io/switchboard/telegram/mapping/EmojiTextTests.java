package io.switchboard.telegram.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.content.Content;
import io.switchboard.contract.inbound.MessageReceived;
import io.switchboard.telegram.botapi.Message;
import org.junit.jupiter.api.Test;

/** Telegram counts entity offsets in UTF-16 code units, and an emoji can take two or more of them. */
class EmojiTextTests {

    private static final String TEXT = "Ciao 👋🏽 *prezzi* <b>per</b> favore 🇮🇹 /start";

    @Test
    void textWithEmojiAndMarkupCharactersIsKeptExactly() {
        MessageReceived event = Updates.event("message-text-emoji.json", MessageReceived.class);

        assertThat(event.content()).isEqualTo(new Content.Text(TEXT));
    }

    @Test
    void anEntityAfterAnEmojiCoversTheWordsItNames() {
        Message message = message();

        assertThat(message.entities().get(0).textIn(message.text())).isEqualTo("*prezzi*");
    }

    @Test
    void anEntityAfterAFlagMadeOfFourCodeUnitsCoversTheCommand() {
        Message message = message();

        assertThat(message.entities().get(1).textIn(message.text())).isEqualTo("/start");
    }

    private static Message message() {
        JsonNode node = Updates.fixture("message-text-emoji.json").get("message");
        return Updates.MAPPER.convertValue(node, Message.class);
    }
}
