package io.switchboard.whatsapp.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The pacer against Meta's limits as the platform simulator enforces them: per number a bucket of one second's worth
 * at the number's rate (130429), per customer one message per 6 s or a burst of up to 45 within 6 s that is then
 * repaid (131056). On a clock the test moves: every wait advances it, nothing sleeps.
 */
class SendPacerTests {

    private static final long SECOND = 1_000_000_000L;
    private static final int RATE = 80;

    private final FakeClock clock = new FakeClock();
    private final SendPacer pacer = new SendPacer(TestPacing.defaults(), clock);
    private final UUID channel = UUID.randomUUID();

    @Test
    void aBurstOf2000ToDifferentCustomersGoesOutAtTheNumbersRateWithoutARefusal() {
        List<Long> sends = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            pacer.awaitTurn(channel, RATE, "customer-" + i);
            sends.add(clock.now);
        }

        double seconds = (sends.getLast() - sends.getFirst()) / (double) SECOND;
        assertThat(sends.size() / seconds).isBetween(0.95 * RATE, 1.01 * RATE);
        assertThat(refusedByNumberLimit(RATE, sends)).isZero();
    }

    @Test
    void aCoexistenceNumbersLowerRateIsKept() {
        List<Long> sends = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            pacer.awaitTurn(channel, 20, "customer-" + i);
            sends.add(clock.now);
        }

        assertThat(refusedByNumberLimit(20, sends)).isZero();
        assertThat(sends.getLast() - sends.getFirst()).isGreaterThanOrEqualTo((200 - 20) * SECOND / 20);
    }

    @Test
    void oneCustomerGetsABurstThenWaitsUntilTheBurstIsRepaidAndMetaNeverRefuses() {
        List<Long> sends = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            pacer.awaitTurn(channel, RATE, "the-same-customer");
            sends.add(clock.now);
        }

        assertThat(sends.get(39) - sends.getFirst()).isLessThan(SECOND);
        assertThat(sends.get(40) - sends.getFirst()).isGreaterThanOrEqualTo(40 * 6 * SECOND);
        assertThat(refusedByPairLimit(sends)).isZero();
    }

    @Test
    void aCustomerWrittenToSlowerThanThePairRateIsNeverKeptWaiting() {
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long before = clock.now;
            pacer.awaitTurn(channel, RATE, "a-chatty-customer");
            waits.add(clock.now - before);
            clock.now += 7 * SECOND;
        }

        assertThat(waits).allMatch(wait -> wait < SECOND);
    }

    @Test
    void customersDoNotShareTheirPairAllowance() {
        for (int i = 0; i < 40; i++) {
            pacer.awaitTurn(channel, RATE, "busy-customer");
        }
        long before = clock.now;

        pacer.awaitTurn(channel, RATE, "another-customer");

        assertThat(clock.now - before).isLessThan(SECOND);
    }

    @Test
    void afterMetaSaidTooFastTheWholeNumberHoldsBack() {
        pacer.awaitTurn(channel, RATE, "customer-a");

        pacer.holdNumber(channel, RATE, Duration.ofSeconds(2));
        long held = clock.now;
        pacer.awaitTurn(channel, RATE, "customer-b");

        assertThat(clock.now - held).isGreaterThanOrEqualTo(2 * SECOND);
    }

    @Test
    void afterThePairLimitOnlyThatCustomerHoldsBack() {
        pacer.awaitTurn(channel, RATE, "customer-a");

        pacer.holdPair(channel, "customer-a", Duration.ofSeconds(6));
        long held = clock.now;
        pacer.awaitTurn(channel, RATE, "customer-b");
        assertThat(clock.now - held).isLessThan(SECOND);
        pacer.awaitTurn(channel, RATE, "customer-a");

        assertThat(clock.now - held).isGreaterThanOrEqualTo(6 * SECOND);
    }

    /** The number's bucket as the simulator keeps it: a second's worth, refilled at the rate, starting full. */
    private static int refusedByNumberLimit(int rate, List<Long> sends) {
        long interval = SECOND / rate;
        long fullAgainAt = sends.getFirst();
        int refused = 0;
        for (long at : sends) {
            long debt = Math.max(0, fullAgainAt - at);
            if (debt > interval * (rate - 1)) {
                refused++;
            } else {
                fullAgainAt = Math.max(fullAgainAt, at) + interval;
            }
        }
        return refused;
    }

    /** The pair budget as the simulator keeps it: bursts of 45 within 6 s, repaid at 6 s per message. */
    private static int refusedByPairLimit(List<Long> sends) {
        long interval = 6 * SECOND;
        long repaidAt = Long.MIN_VALUE;
        long burstStartedAt = Long.MIN_VALUE;
        int burstSize = 0;
        int refused = 0;
        for (long at : sends) {
            if (at >= repaidAt) {
                burstStartedAt = at;
                burstSize = 1;
                repaidAt = at + interval;
            } else if (burstSize < 45 && at - burstStartedAt < interval) {
                burstSize++;
                repaidAt += interval;
            } else {
                refused++;
            }
        }
        return refused;
    }

    /** Waiting moves time forward; nothing really sleeps. */
    private static final class FakeClock implements PacingClock {
        long now = 1_000 * SECOND;

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleepNanos(long nanos) {
            now += Math.max(0, nanos);
        }
    }
}
