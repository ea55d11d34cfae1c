package io.switchboard.whatsapp.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.contract.ChatType;
import io.switchboard.contract.Sender;
import io.switchboard.contract.inbound.MessageReceived;
import io.switchboard.testsupport.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class SenderAndConversationTests {

    private final Webhooks webhooks = new Webhooks();

    @Test
    void theSenderIsTheContactWithWhatsAppIdPhoneAndProfileName() {
        Sender sender = ((MessageReceived) webhooks.single("text.json")).sender();

        assertThat(sender).isEqualTo(new Sender("16505551234", "Sheena Nelson", "16505551234", null, null));
    }

    @Test
    void aBusinessScopedUserWithoutPhoneIsKnownByUserIdAndUsername() {
        MessageReceived message = (MessageReceived) webhooks.single("text-business-scoped-user.json");

        assertThat(message.sender()).isEqualTo(new Sender("US.13491208655302741918", "Ana", null, "@ana.cafe", null));
        assertThat(message.header().conversation().externalChatId()).isEqualTo("US.13491208655302741918");
    }

    @Test
    void aGroupMessageBelongsToTheGroupConversationAndNamesTheParticipant() {
        MessageReceived message = (MessageReceived) webhooks.single("group-text.json");

        assertThat(message.header().conversation().chatType()).isEqualTo(ChatType.GROUP);
        assertThat(message.header().conversationKey())
                .isEqualTo(
                        "tenant-a:" + Webhooks.CHANNEL + ":Y2FwaV9ncm91cDoxODA1NTU1MDE3MjoxMjAzNjMyMjI3NzE5NjMwNjcZD");
        assertThat(message.sender().platformUserId()).isEqualTo("393401234567");
        assertThat(message.sender().displayName()).isEqualTo("Marco Rossi");
    }

    @Test
    void aSystemMessageWithoutContactsStillNamesItsSender() {
        MessageReceived message = (MessageReceived) webhooks.single("system.json");

        assertThat(message.sender().platformUserId()).isEqualTo("16505551234");
        assertThat(message.sender().displayName()).isNull();
    }

    @Test
    void groupLifecycleChangesCarryNoMessageAndAreCountedAsIgnored() {
        NormalizedWebhook normalized = webhooks.normalize("group-create.json");

        assertThat(normalized.size()).isZero();
        assertThat(normalized.ignored()).isEqualTo(1);
    }

    @Test
    void aChangeForAnotherNumberOfTheTenantGoesToThatNumbersChannel() {
        String otherChannel = "0b0e8d1e-3f4a-4e8e-9a55-3c1f1b3e2a10";
        webhooks.withChannel("999000111", otherChannel);
        String body = Fixtures.text("webhooks/text.json").replace("106540352242922", "999000111");

        MessageReceived message =
                (MessageReceived) webhooks.normalizeJson(body).events().get(0);

        assertThat(message.header().channelId()).isEqualTo(otherChannel);
    }

    @Test
    void aChangeForANumberTheTenantHasNoChannelForIsIgnored() {
        String body = Fixtures.text("webhooks/text.json").replace("106540352242922", "555000555");

        NormalizedWebhook normalized = webhooks.normalizeJson(body);

        assertThat(normalized.size()).isZero();
        assertThat(normalized.ignored()).isEqualTo(1);
    }
}
