package io.switchboard.whatsapp.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sender's side of Meta's pair rate limit, on a clock the test moves by hand. */
class PairBudgetTests {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstGoesOutAtOnce() {
        PairBudget budget = new PairBudget(3, 6 * SECOND, 0);

        assertThat(budget.reserve(0)).isZero();
        assertThat(budget.reserve(0)).isZero();
        assertThat(budget.reserve(0)).isZero();
    }

    @Test
    void afterABurstTheNextMessageWaitsUntilEveryMessageOfItIsRepaid() {
        PairBudget budget = new PairBudget(3, 6 * SECOND, 0);
        for (int i = 0; i < 3; i++) {
            budget.reserve(0);
        }

        assertThat(budget.reserve(0)).isGreaterThanOrEqualTo(3 * 6 * SECOND);
    }

    @Test
    void aBurstMustLeaveWellWithinOneInterval() {
        PairBudget budget = new PairBudget(3, 6 * SECOND, 0);
        budget.reserve(0);

        assertThat(budget.reserve(5 * SECOND)).isPositive();
    }

    @Test
    void aMessageAfterTheIntervalAndItsMarginStartsAfresh() {
        PairBudget budget = new PairBudget(3, 6 * SECOND, 0);
        budget.reserve(0);

        assertThat(budget.reserve(7 * SECOND)).isZero();
        assertThat(budget.isRepaid(7 * SECOND)).isFalse();
        assertThat(budget.isRepaid(14 * SECOND)).isTrue();
    }

    @Test
    void holdingClosesTheBurst() {
        PairBudget budget = new PairBudget(3, 6 * SECOND, 0);
        budget.reserve(0);

        budget.holdFor(10 * SECOND, 0);

        assertThat(budget.reserve(0)).isGreaterThanOrEqualTo(10 * SECOND);
    }
}
