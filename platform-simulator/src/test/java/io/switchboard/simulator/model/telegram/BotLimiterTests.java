package io.switchboard.simulator.model.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.simulator.model.limits.LimitKind;
import io.switchboard.simulator.model.limits.LimitRefusal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Telegram's flood limits per chat, per group and per bot, with the wait a refused send is told. */
class BotLimiterTests {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final BotLimits TELEGRAM = new BotLimits(true, 1, 3, 20, 30);
    private static final long USER = 5550001L;
    private static final long GROUP = -4000000001L;

    @Test
    void aPrivateChat_takesABurstOfThree_thenOneASecond() {
        BotLimiter limiter = new BotLimiter(TELEGRAM, T0);
        for (int send = 0; send < 3; send++) {
            assertThat(limiter.admit(USER, false, 1, T0)).isEmpty();
        }

        Optional<LimitRefusal> fourth = limiter.admit(USER, false, 1, T0);

        assertThat(fourth).hasValueSatisfying(refusal -> {
            assertThat(refusal.kind()).isEqualTo(LimitKind.CHAT);
            assertThat(refusal.retryAfterSeconds()).isEqualTo(1);
        });
        assertThat(limiter.admit(USER, false, 1, T0.plusSeconds(1))).isEmpty();
    }

    @Test
    void oneMessageASecondInAPrivateChat_isNeverRefused() {
        BotLimiter limiter = new BotLimiter(TELEGRAM, T0);

        for (int send = 0; send < 500; send++) {
            assertThat(limiter.admit(USER, false, 1, T0.plusSeconds(send)))
                    .as("send %d", send)
                    .isEmpty();
        }
    }

    @Test
    void oneMessageEveryThreeSecondsInAGroup_isNeverRefused() {
        BotLimiter limiter = new BotLimiter(TELEGRAM, T0);

        for (int send = 0; send < 500; send++) {
            assertThat(limiter.admit(GROUP, true, 1, T0.plusSeconds(3L * send)))
                    .as("send %d", send)
                    .isEmpty();
        }
    }

    @Test
    void aGroupAtOneMessageASecond_hitsTheGroupLimit_withTheWaitForItsNextToken() {
        BotLimiter limiter = new BotLimiter(TELEGRAM, T0);
        int sent = 0;
        Optional<LimitRefusal> refusal = Optional.empty();
        while (refusal.isEmpty()) {
            refusal = limiter.admit(GROUP, true, 1, T0.plusSeconds(sent));
            sent++;
        }

        assertThat(refusal.get().kind()).isEqualTo(LimitKind.GROUP);
        assertThat(sent - 1).as("messages sent in the first half minute").isBetween(20, 31);
        assertThat(refusal.get().retryAfterSeconds()).isBetween(1, 3);
    }

    @Test
    void thirtyChatsAtOnce_pass_andTheThirtyFirstHitsTheBotLimit() {
        BotLimiter limiter = new BotLimiter(TELEGRAM, T0);
        for (long chat = 1; chat <= 30; chat++) {
            assertThat(limiter.admit(chat, false, 1, T0)).isEmpty();
        }

        assertThat(limiter.admit(31, false, 1, T0))
                .hasValueSatisfying(refusal -> assertThat(refusal.kind()).isEqualTo(LimitKind.BOT));
    }

    @Test
    void anAlbumOfTen_passesInAFreshChat_andTheNextMessageWaitsEightSeconds() {
        BotLimiter limiter = new BotLimiter(TELEGRAM, T0);

        assertThat(limiter.admit(USER, false, 10, T0)).isEmpty();

        assertThat(limiter.admit(USER, false, 1, T0)).hasValueSatisfying(refusal -> {
            assertThat(refusal.kind()).isEqualTo(LimitKind.CHAT);
            assertThat(refusal.retryIn()).isEqualTo(Duration.ofSeconds(8));
        });
    }

    @Test
    void aRefusedSend_takesNothing() {
        BotLimiter limiter = new BotLimiter(new BotLimits(true, 1, 1, 20, 30), T0);
        limiter.admit(USER, false, 1, T0);
        for (int refused = 0; refused < 5; refused++) {
            assertThat(limiter.admit(USER, false, 1, T0.plusMillis(100))).isPresent();
        }

        assertThat(limiter.admit(USER, false, 1, T0.plusSeconds(1))).isEmpty();
    }

    @Test
    void limitsNotEnforced_refuseNothing() {
        BotLimiter limiter = new BotLimiter(new BotLimits(false, 1, 1, 1, 1), T0);

        for (int send = 0; send < 100; send++) {
            assertThat(limiter.admit(GROUP, true, 1, T0)).isEmpty();
        }
    }
}
