package io.switchboard.simulator.model.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Meta's pair rate limit: one message per 6 s to the same user, bursts of up to 45 that borrow from the future. */
class BorrowingBudgetTests {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration SIX_SECONDS = Duration.ofSeconds(6);

    @Test
    void oneMessageEverySixSeconds_isNeverRefused() {
        BorrowingBudget pair = new BorrowingBudget(45, SIX_SECONDS, T0);

        for (int send = 0; send < 1000; send++) {
            Instant now = T0.plus(SIX_SECONDS.multipliedBy(send));
            assertThat(pair.waitFor(now)).as("send %d", send).isZero();
            pair.take(now);
        }
    }

    @Test
    void aBurstOf45_passesWithinSixSeconds_andThe46thIsRefused() {
        BorrowingBudget pair = new BorrowingBudget(45, SIX_SECONDS, T0);

        for (int send = 0; send < 45; send++) {
            Instant now = T0.plusMillis(100L * send);
            assertThat(pair.waitFor(now)).as("send %d", send).isZero();
            pair.take(now);
        }

        assertThat(pair.waitFor(T0.plusMillis(4600))).isPositive();
    }

    @Test
    void afterABurstOf20_theNextMessageWaitsTwoMinutesFromTheBurst() {
        BorrowingBudget pair = new BorrowingBudget(45, SIX_SECONDS, T0);
        for (int send = 0; send < 20; send++) {
            pair.take(T0);
        }

        Instant afterTheBurstWindow = T0.plusSeconds(7);

        assertThat(pair.waitFor(afterTheBurstWindow)).isEqualTo(Duration.ofSeconds(113));
        assertThat(pair.waitFor(T0.plusSeconds(120))).isZero();
    }

    @Test
    void aBudgetIsRepaid_onceTheBorrowedTimeHasPassed() {
        BorrowingBudget pair = new BorrowingBudget(45, SIX_SECONDS, T0);
        pair.take(T0);
        pair.take(T0);

        assertThat(pair.isRepaid(T0.plusSeconds(11))).isFalse();
        assertThat(pair.isRepaid(T0.plusSeconds(12))).isTrue();
    }
}
