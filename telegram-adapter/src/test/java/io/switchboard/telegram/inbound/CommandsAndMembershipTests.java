package io.switchboard.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.ChatType;
import io.switchboard.contract.Topics;
import io.switchboard.contract.inbound.BotCommand;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.contract.inbound.MemberStatus;
import io.switchboard.contract.inbound.MembershipChanged;
import io.switchboard.contract.inbound.MessageReceived;
import io.switchboard.telegram.support.Channels;
import io.switchboard.telegram.support.TopicWatcher;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** What Telegram tells beyond plain messages reaches the gateway as contract events. */
@QuarkusTest
class CommandsAndMembershipTests {

    private static final long USER = 7012345678L;

    @Test
    void aDeepLinkStartReachesTheGatewayAsTheStartCommandWithItsPayload() {
        TelegramBot bot = Channels.newBot();
        String tenant = Channels.newTenant();
        try (TopicWatcher inbound = TopicWatcher.fromNow(Topics.INBOUND)) {
            Channels.registerPolling(tenant, bot);

            Channels.simulator().telegramUserWrites(bot.id(), USER, "Giulia", "/start promo-natale");

            MessageReceived message =
                    (MessageReceived) inbound.awaitEvents(InboundEvent.class, TopicWatcher.keyStartsWith(tenant), 1)
                            .get(0);
            assertThat(message.details().command()).isEqualTo(new BotCommand("start", "promo-natale"));
        }
    }

    @Test
    void theBotAddedToAGroupReachesTheGatewayAsAMembershipChangeOfTheBusiness() {
        TelegramBot bot = Channels.newBot();
        String tenant = Channels.newTenant();
        long group = -ThreadLocalRandom.current().nextLong(4_000_000_000L, 4_999_999_999L);
        try (TopicWatcher inbound = TopicWatcher.fromNow(Topics.INBOUND)) {
            Channels.registerPolling(tenant, bot);

            Channels.simulator().telegramBotJoins(bot.id(), group, "group", "Famiglia Rossi", "member");

            MembershipChanged change =
                    (MembershipChanged) inbound.awaitEvents(InboundEvent.class, TopicWatcher.keyStartsWith(tenant), 1)
                            .get(0);
            assertThat(change.aboutTheBusiness()).isTrue();
            assertThat(change.member().platformUserId()).isEqualTo(Long.toString(bot.id()));
            assertThat(change.newStatus()).isEqualTo(MemberStatus.MEMBER);
            assertThat(change.header().conversation().chatType()).isEqualTo(ChatType.GROUP);
            assertThat(change.header().conversation().externalChatId()).isEqualTo(Long.toString(group));
        }
    }
}
