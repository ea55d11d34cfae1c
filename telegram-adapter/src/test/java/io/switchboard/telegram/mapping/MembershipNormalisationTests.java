package io.switchboard.telegram.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.ChatType;
import io.switchboard.contract.inbound.MemberStatus;
import io.switchboard.contract.inbound.MembershipChanged;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MembershipNormalisationTests {

    @Test
    void aUserBlockingTheBotIsTheBusinessBannedFromTheirPrivateChat() {
        MembershipChanged event = Updates.event("my-chat-member.json", MembershipChanged.class);

        assertThat(event.aboutTheBusiness()).isTrue();
        assertThat(event.header().conversation().chatType()).isEqualTo(ChatType.DIRECT);
        assertThat(event.oldStatus()).isEqualTo(MemberStatus.MEMBER);
        assertThat(event.newStatus()).isEqualTo(MemberStatus.BANNED);
        assertThat(event.actor().platformUserId()).isEqualTo("7012345678");
        assertThat(event.member().platformUserId()).isEqualTo("8123456789");
    }

    @Test
    void theBotAddedToAGroupIsAboutTheBusiness() {
        MembershipChanged event = Updates.event("my-chat-member-added-to-group.json", MembershipChanged.class);

        assertThat(event.aboutTheBusiness()).isTrue();
        assertThat(event.header().conversation().chatType()).isEqualTo(ChatType.GROUP);
        assertThat(event.header().conversation().externalChatId()).isEqualTo("-4012345678");
        assertThat(event.oldStatus()).isEqualTo(MemberStatus.LEFT);
        assertThat(event.newStatus()).isEqualTo(MemberStatus.MEMBER);
    }

    @Test
    void theBotMadeAChannelAdministratorMayPostThere() {
        MembershipChanged event = Updates.event("my-chat-member-channel-admin.json", MembershipChanged.class);

        assertThat(event.header().conversation().chatType()).isEqualTo(ChatType.CHANNEL);
        assertThat(event.newStatus()).isEqualTo(MemberStatus.ADMINISTRATOR);
        assertThat(event.aboutTheBusiness()).isTrue();
    }

    @Test
    void anotherMemberPromotedIsNotAboutTheBusiness() {
        MembershipChanged event = Updates.event("chat-member-promoted.json", MembershipChanged.class);

        assertThat(event.aboutTheBusiness()).isFalse();
        assertThat(event.actor().displayName()).isEqualTo("Giulia Bianchi");
        assertThat(event.member().username()).isEqualTo("marco_r");
        assertThat(event.newStatus()).isEqualTo(MemberStatus.ADMINISTRATOR);
    }

    @Test
    void telegramsStandingsMapOneToOne() {
        assertThat(Updates.event("chat-member-restricted.json", MembershipChanged.class)
                        .newStatus())
                .isEqualTo(MemberStatus.RESTRICTED);
        assertThat(Updates.event("chat-member-left.json", MembershipChanged.class)
                        .newStatus())
                .isEqualTo(MemberStatus.LEFT);
        assertThat(Updates.event("chat-member-owner-bans.json", MembershipChanged.class)
                        .newStatus())
                .isEqualTo(MemberStatus.BANNED);
        ObjectNode update = (ObjectNode) Updates.fixture("chat-member-promoted.json");
        ((ObjectNode) update.at("/chat_member/new_chat_member")).put("status", "creator");
        assertThat(((MembershipChanged) Updates.normalise(update).event()).newStatus())
                .isEqualTo(MemberStatus.OWNER);
    }

    @Test
    void aChangeIsIdentifiedByItsUpdateAndDatedByTelegram() {
        MembershipChanged event = Updates.event("chat-member-left.json", MembershipChanged.class);

        assertThat(event.header().platformMessageId()).isEqualTo("update:905000001");
        assertThat(event.header().platformTimestamp()).isEqualTo(Instant.ofEpochSecond(1795597500));
    }

    @Test
    void aStandingTelegramMayAddLaterIsSkippedWithAReason() {
        ObjectNode update = (ObjectNode) Updates.fixture("chat-member-promoted.json");
        ((ObjectNode) update.at("/chat_member/new_chat_member")).put("status", "honorary");

        NormalisedUpdate normalised = Updates.normalise(update);

        assertThat(normalised.publishable()).isEmpty();
        assertThat(normalised.skipReason()).contains("status");
    }
}
