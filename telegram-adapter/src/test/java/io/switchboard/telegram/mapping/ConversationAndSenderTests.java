package io.switchboard.telegram.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.contract.ChatType;
import io.switchboard.contract.Sender;
import io.switchboard.contract.inbound.MessageReceived;
import org.junit.jupiter.api.Test;

class ConversationAndSenderTests {

    @Test
    void aPrivateChatIsADirectConversation() {
        MessageReceived event = Updates.event("message-text.json", MessageReceived.class);

        assertThat(event.header().conversation().chatType()).isEqualTo(ChatType.DIRECT);
        assertThat(event.header().conversation().externalChatId()).isEqualTo("7012345678");
    }

    @Test
    void aSupergroupIsAGroupConversationWithItsNegative64BitId() {
        MessageReceived event = Updates.event("message-voice.json", MessageReceived.class);

        assertThat(event.header().conversation().chatType()).isEqualTo(ChatType.GROUP);
        assertThat(event.header().conversation().externalChatId()).isEqualTo("-1001234567890");
    }

    @Test
    void aBasicGroupIsAGroupConversation() {
        MessageReceived event = Updates.event("message-new-chat-members.json", MessageReceived.class);

        assertThat(event.header().conversation().chatType()).isEqualTo(ChatType.GROUP);
        assertThat(event.header().conversation().externalChatId()).isEqualTo("-4012345678");
    }

    @Test
    void theSenderCarriesIdNamesUsernameAndLanguageButNoPhone() {
        Sender sender =
                Updates.event("message-text.json", MessageReceived.class).sender();

        assertThat(sender).isEqualTo(new Sender("7012345678", "Giulia Bianchi", null, "giulia_b", "it"));
    }

    @Test
    void aReplyNamesTheQuotedMessage() {
        MessageReceived event = Updates.event("message-group-reply.json", MessageReceived.class);

        assertThat(event.replyToPlatformMessageId()).isEqualTo("4410");
        assertThat(event.header().platformMessageId()).isEqualTo("4414");
    }

    @Test
    void aMessageWithoutAReplyHasNoReplyTo() {
        assertThat(Updates.event("message-text.json", MessageReceived.class).replyToPlatformMessageId())
                .isNull();
    }

    @Test
    void anAnonymousAdminWritesAsTheGroupNotAsTelegramsPlaceholderBot() {
        Sender sender = Updates.event("message-anonymous-admin.json", MessageReceived.class)
                .sender();

        assertThat(sender.platformUserId()).isEqualTo("-1001234567890");
        assertThat(sender.displayName()).isEqualTo("Studio Rossi clienti");
    }

    @Test
    void aChannelPostIsWrittenByTheChannel() {
        Sender sender =
                Updates.event("channel-post.json", MessageReceived.class).sender();

        assertThat(sender.platformUserId()).isEqualTo("-1009876543210");
        assertThat(sender.username()).isEqualTo("studiorossi_news");
    }
}
