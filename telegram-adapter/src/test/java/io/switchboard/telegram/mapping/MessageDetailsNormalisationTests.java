package io.switchboard.telegram.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.content.Content;
import io.switchboard.contract.inbound.BotCommand;
import io.switchboard.contract.inbound.MessageReceived;
import org.junit.jupiter.api.Test;

class MessageDetailsNormalisationTests {

    @Test
    void aDeepLinkStartBecomesTheStartCommandWithItsPayload() {
        MessageReceived event = Updates.event("message-command-start.json", MessageReceived.class);

        assertThat(event.details().command()).isEqualTo(new BotCommand("start", "promo-natale"));
        assertThat(event.details().command().isStart()).isTrue();
        assertThat(event.content()).isEqualTo(new Content.Text("/start promo-natale"));
    }

    @Test
    void aCommandAddressedToThisBotLosesTheBotsNameAndHasNoArgument() {
        MessageReceived event = Updates.event("message-command-addressed.json", MessageReceived.class);

        assertThat(event.details().command()).isEqualTo(new BotCommand("help", null));
    }

    @Test
    void aCommandAddressedToAnotherBotIsPlainText() {
        MessageReceived event = Updates.event("message-command-other-bot.json", MessageReceived.class);

        assertThat(event.details()).isNull();
        assertThat(event.content()).isEqualTo(new Content.Text("/help@other_shop_bot"));
    }

    @Test
    void aCommandInsideTheTextIsNotTheMessagesCommand() {
        MessageReceived event = Updates.event("message-command-inside-text.json", MessageReceived.class);

        assertThat(event.details()).isNull();
    }

    @Test
    void commandNamesAreLowerCaseAndAnEmojiArgumentIsKeptWhole() {
        ObjectNode update = (ObjectNode) Updates.fixture("message-command-start.json");
        ((ObjectNode) update.get("message")).put("text", "/START 🎄 natale");

        MessageReceived event = (MessageReceived) Updates.normalise(update).event();

        assertThat(event.details().command()).isEqualTo(new BotCommand("start", "🎄 natale"));
    }

    @Test
    void aForwardedMessageIsMarkedForwarded() {
        MessageReceived event = Updates.event("message-forwarded.json", MessageReceived.class);

        assertThat(event.details().forwarded()).isTrue();
        assertThat(event.details().command()).isNull();
        assertThat(event.content()).isEqualTo(new Content.Text("Guarda questa offerta"));
    }

    @Test
    void aForwardedPhotoFromAHiddenUserIsMarkedForwardedToo() {
        MessageReceived event = Updates.event("message-forwarded-hidden-user.json", MessageReceived.class);

        assertThat(event.details().forwarded()).isTrue();
        assertThat(event.content()).isInstanceOf(Content.Media.class);
    }

    @Test
    void aPlainMessageHasNoDetails() {
        assertThat(Updates.event("message-text.json", MessageReceived.class).details())
                .isNull();
    }
}
