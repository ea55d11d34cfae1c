package io.switchboard.telegram.polling;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.Topics;
import io.switchboard.telegram.support.Channels;
import io.switchboard.telegram.support.TopicWatcher;
import io.switchboard.testsupport.simulator.TelegramBot;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PollingLockTests {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void whileAnotherReplicaHoldsTheBotsLockThisOneDoesNotPollAndTakesOverWhenItIsReleased() throws Exception {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.newBot();
        try (Connection otherReplica = dataSource.getConnection();
                TopicWatcher inbound = TopicWatcher.fromNow(Topics.INBOUND)) {
            lock(otherReplica, "SELECT pg_advisory_lock(?)", bot.id());
            Channels.simulator().clearRequests();
            Channels.registerPolling(tenant, bot);
            Channels.simulator().telegramUserWrites(bot.id(), 7012345678L, "Giulia", "c'è qualcuno?");

            assertThat(inbound.during(Duration.ofSeconds(3), TopicWatcher.keyStartsWith(tenant)))
                    .isEmpty();
            assertThat(Channels.simulator().requests("telegram", "/bot" + bot.id() + ":***/getUpdates"))
                    .isEmpty();

            lock(otherReplica, "SELECT pg_advisory_unlock(?)", bot.id());

            assertThat(inbound.await(TopicWatcher.keyStartsWith(tenant), 1)).hasSize(1);
        }
    }

    private static void lock(Connection connection, String sql, long botId) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, botId);
            statement.execute();
        }
    }
}
