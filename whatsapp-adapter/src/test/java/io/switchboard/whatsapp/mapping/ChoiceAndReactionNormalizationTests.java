package io.switchboard.whatsapp.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.contract.inbound.ChoiceSelected;
import io.switchboard.contract.inbound.ReactionReceived;
import org.junit.jupiter.api.Test;

class ChoiceAndReactionNormalizationTests {

    private final Webhooks webhooks = new Webhooks();

    @Test
    void aReplyButtonPressIsTheChoiceOfItsId() {
        ChoiceSelected choice = (ChoiceSelected) webhooks.single("interactive-button-reply.json");

        assertThat(choice.choiceId()).isEqualTo("cancel-button");
        assertThat(choice.title()).isEqualTo("Cancel");
        assertThat(choice.contextPlatformMessageId())
                .isEqualTo("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3MEM2RUJFNkI0RENGQTVDRjUA");
    }

    @Test
    void aListRowPickIsTheChoiceOfItsId() {
        ChoiceSelected choice = (ChoiceSelected) webhooks.single("interactive-list-reply.json");

        assertThat(choice.choiceId()).isEqualTo("priority_express");
        assertThat(choice.title()).isEqualTo("Priority Mail Express");
    }

    @Test
    void aTemplateQuickReplyIsTheChoiceOfItsPayload() {
        ChoiceSelected choice = (ChoiceSelected) webhooks.single("button.json");

        assertThat(choice.choiceId()).isEqualTo("Unsubscribe");
        assertThat(choice.title()).isEqualTo("Unsubscribe");
        assertThat(choice.contextPlatformMessageId())
                .isEqualTo("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJFNjk2OTMwNEZCQjhGMzUyQUYA");
    }

    @Test
    void aFlowAnswerIsTheChoiceOfItsResponseJson() {
        ChoiceSelected choice = (ChoiceSelected) webhooks.single("interactive-nfm-reply.json");

        assertThat(choice.choiceId())
                .contains("\"flow_token\":\"booking-7781\"")
                .contains("\"slot\":\"10:30\"");
        assertThat(choice.title()).isEqualTo("Sent");
    }

    @Test
    void aReactionNamesTheMessageAndTheEmoji() {
        ReactionReceived reaction = (ReactionReceived) webhooks.single("reaction.json");

        assertThat(reaction.targetPlatformMessageId())
                .isEqualTo("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI0RTJEOTc2ODVERUY5RDlGNkYA");
        assertThat(reaction.emoji()).isEqualTo("\uD83D\uDC4D");
        assertThat(reaction.removed()).isFalse();
    }

    @Test
    void aReactionWithoutEmojiIsARemoval() {
        ReactionReceived reaction = (ReactionReceived) webhooks.single("reaction-removed.json");

        assertThat(reaction.removed()).isTrue();
    }

    @Test
    void aReactionWithAnEmptyEmojiIsARemovalToo() {
        ReactionReceived reaction = (ReactionReceived) webhooks.single("reaction-removed-legacy.json");

        assertThat(reaction.removed()).isTrue();
    }
}
