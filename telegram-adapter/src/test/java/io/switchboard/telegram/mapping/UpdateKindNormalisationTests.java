package io.switchboard.telegram.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.ChatType;
import io.switchboard.contract.Platform;
import io.switchboard.contract.content.Content;
import io.switchboard.contract.inbound.ChoiceSelected;
import io.switchboard.contract.inbound.MessageEdited;
import io.switchboard.contract.inbound.MessageReceived;
import io.switchboard.contract.inbound.ReactionReceived;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UpdateKindNormalisationTests {

    @Test
    void aMessageBecomesMessageReceivedWithItsIdsAsDecimalStrings() {
        MessageReceived event = Updates.event("message-text.json", MessageReceived.class);

        assertThat(event.header().tenantId()).isEqualTo("t-1");
        assertThat(event.header().platform()).isEqualTo(Platform.TELEGRAM);
        assertThat(event.header().channelId()).isEqualTo("tg-1");
        assertThat(event.header().platformMessageId()).isEqualTo("4412");
        assertThat(event.header().platformTimestamp()).isEqualTo(Instant.ofEpochSecond(1795597200));
        assertThat(event.header().conversationKey()).isEqualTo("t-1:tg-1:7012345678");
    }

    @Test
    void aChannelPostBecomesMessageReceivedInAChannelConversation() {
        MessageReceived event = Updates.event("channel-post.json", MessageReceived.class);

        assertThat(event.header().conversation().chatType()).isEqualTo(ChatType.CHANNEL);
        assertThat(event.header().conversation().externalChatId()).isEqualTo("-1009876543210");
        assertThat(event.content()).isEqualTo(new Content.Text("Nuovi orari dal lunedì"));
    }

    @Test
    void anEditedMessageBecomesMessageEditedAtItsEditDate() {
        MessageEdited event = Updates.event("edited-message.json", MessageEdited.class);

        assertThat(event.header().platformMessageId()).isEqualTo("4416");
        assertThat(event.content()).isEqualTo(new Content.Text("prezzi per favore"));
        assertThat(event.editedAt()).isEqualTo(Instant.ofEpochSecond(1795597260));
    }

    @Test
    void anEditedChannelPostBecomesMessageEdited() {
        MessageEdited event = Updates.event("edited-channel-post.json", MessageEdited.class);

        assertThat(event.header().conversation().chatType()).isEqualTo(ChatType.CHANNEL);
        assertThat(event.content()).isEqualTo(new Content.Text("Nuovi orari dal martedì"));
    }

    @Test
    void aButtonPressBecomesChoiceSelectedWithTheChoiceIdAndTheButtonText() {
        NormalisedUpdate update = Updates.normalise("callback-query.json");
        ChoiceSelected event = (ChoiceSelected) update.event();

        assertThat(event.choiceId()).isEqualTo("book-consultation");
        assertThat(event.title()).isEqualTo("Prenota una consulenza");
        assertThat(event.header().platformMessageId()).isEqualTo("4382239012345678901");
        assertThat(event.contextPlatformMessageId()).isEqualTo("4415");
        assertThat(event.sender().platformUserId()).isEqualTo("7012345678");
    }

    @Test
    void aButtonPressIsAnsweredSoTheButtonStopsSpinning() {
        assertThat(Updates.normalise("callback-query.json").callbackQueryId()).isEqualTo("4382239012345678901");
    }

    @Test
    void aButtonWithAStoredKeyGivesBackTheLongChoiceId() {
        ChoiceSelected event = Updates.event("callback-query-keyed.json", ChoiceSelected.class);

        assertThat(event.choiceId()).isEqualTo(Updates.STORED_KEYS.get("Zk3mQ9xL2pA7vB1c"));
        assertThat(event.title()).isEqualTo("Servizio completo");
    }

    @Test
    void aButtonUnderAnInaccessibleOldMessageStillBecomesAChoice() {
        ChoiceSelected event = Updates.event("callback-query-inaccessible.json", ChoiceSelected.class);

        assertThat(event.choiceId()).isEqualTo("price-list");
        assertThat(event.title()).isNull();
        assertThat(event.contextPlatformMessageId()).isEqualTo("4001");
    }

    @Test
    void aButtonWithAnUnknownKeyIsSkippedButStillAnswered() {
        ObjectNode update = (ObjectNode) Updates.fixture("callback-query-keyed.json");
        ((ObjectNode) update.get("callback_query")).put("data", "k:nobody-knows-this");

        NormalisedUpdate normalised = Updates.normalise(update);

        assertThat(normalised.publishable()).isEmpty();
        assertThat(normalised.skipReason()).contains("unknown");
        assertThat(normalised.callbackQueryId()).isEqualTo("4382239012345678902");
    }

    @Test
    void anAddedReactionBecomesReactionReceivedWithTheNewEmoji() {
        ReactionReceived event = Updates.event("message-reaction.json", ReactionReceived.class);

        assertThat(event.emoji()).isEqualTo("🔥");
        assertThat(event.targetPlatformMessageId()).isEqualTo("4412");
        assertThat(event.header().conversation().chatType()).isEqualTo(ChatType.GROUP);
    }

    @Test
    void aReactionChangeIsIdentifiedByItsUpdateSoTwoChangesOnOneMessageStayDistinct() {
        ReactionReceived event = Updates.event("message-reaction.json", ReactionReceived.class);

        assertThat(event.header().platformMessageId()).isEqualTo("update:905000001");
    }

    @Test
    void aReactionTakenBackIsARemovedReaction() {
        ReactionReceived event = Updates.event("message-reaction-removed.json", ReactionReceived.class);

        assertThat(event.removed()).isTrue();
    }

    @Test
    void anUpdateKindNotSubscribedToIsSkippedWithAReason() {
        NormalisedUpdate update = Updates.normalise("inline-query.json");

        assertThat(update.publishable()).isEmpty();
        assertThat(update.kind()).isEqualTo("inline_query");
    }

    @Test
    void jsonWithoutAnUpdateIdIsNotAnUpdate() {
        ObjectNode update = (ObjectNode) Updates.fixture("message-text.json");
        update.remove("update_id");

        assertThatThrownBy(() -> Updates.normalise(update)).isInstanceOf(InvalidUpdateException.class);
    }

    @Test
    void aMessageWithoutAChatIsNotAnUpdate() {
        ObjectNode update = (ObjectNode) Updates.fixture("message-text.json");
        ((ObjectNode) update.get("message")).remove("chat");

        assertThatThrownBy(() -> Updates.normalise(update)).isInstanceOf(InvalidUpdateException.class);
    }
}
