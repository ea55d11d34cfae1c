package io.switchboard.simulator.model.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The token bucket behind the throughput and flood limits, driven by explicit instants instead of a clock. */
class TokenBucketTests {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aFullBucket_admitsItsCapacityAtOnce_andRefusesTheNext() {
        TokenBucket bucket = new TokenBucket(3, Duration.ofSeconds(1), T0);

        for (int send = 0; send < 3; send++) {
            assertThat(bucket.waitFor(1, T0)).isZero();
            bucket.take(1, T0);
        }

        assertThat(bucket.waitFor(1, T0)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aRefusedSender_passesExactlyWhenTheWaitIsOver() {
        TokenBucket bucket = new TokenBucket(1, Duration.ofMillis(500), T0);
        bucket.take(1, T0);

        Duration wait = bucket.waitFor(1, T0.plusMillis(200));

        assertThat(wait).isEqualTo(Duration.ofMillis(300));
        assertThat(bucket.waitFor(1, T0.plusMillis(200).plus(wait))).isZero();
    }

    @Test
    void aSenderPacingExactlyAtEightyPerSecond_isNeverRefused() {
        assertPacedSenderIsNeverRefused(80, Duration.ofSeconds(1));
    }

    @Test
    void aSenderPacingExactlyAtARateThatDoesNotDivideASecond_isNeverRefused() {
        assertPacedSenderIsNeverRefused(3, Duration.ofSeconds(1));
        assertPacedSenderIsNeverRefused(20, Duration.ofMinutes(1));
        assertPacedSenderIsNeverRefused(30, Duration.ofSeconds(1));
    }

    @Test
    void aRequestBiggerThanTheBucket_passesWhenItIsFull_andLeavesADebtToWaitOut() {
        TokenBucket bucket = new TokenBucket(3, Duration.ofSeconds(1), T0);

        assertThat(bucket.waitFor(10, T0)).isZero();
        bucket.take(10, T0);

        assertThat(bucket.waitFor(1, T0)).isEqualTo(Duration.ofSeconds(8));
        assertThat(bucket.waitFor(1, T0.plusSeconds(8))).isZero();
    }

    @Test
    void aBucketIsFullAgain_onceItsTokensAreBack() {
        TokenBucket bucket = new TokenBucket(2, Duration.ofSeconds(1), T0);
        bucket.take(2, T0);

        assertThat(bucket.isFull(T0.plusMillis(1999))).isFalse();
        assertThat(bucket.isFull(T0.plusSeconds(2))).isTrue();
    }

    /** Starts with the burst spent, then sends exactly one message per interval, for many intervals. */
    private static void assertPacedSenderIsNeverRefused(int count, Duration period) {
        Duration interval = period.dividedBy(count);
        TokenBucket bucket = new TokenBucket(count, TokenBucket.intervalFor(count, period), T0);
        bucket.take(count, T0);
        Instant now = T0;
        for (int send = 0; send < 10_000; send++) {
            now = now.plus(interval);
            assertThat(bucket.waitFor(1, now)).as("send %d", send).isZero();
            bucket.take(1, now);
        }
    }
}
