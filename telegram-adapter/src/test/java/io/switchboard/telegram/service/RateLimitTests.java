package io.switchboard.telegram.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pacing arithmetic, on a clock the test moves (nanoseconds from 0). */
class RateLimitTests {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void aBurstGoesAtOnceThenOneMessagePerInterval() {
        RateLimit limit = new RateLimit(Duration.ofSeconds(1), 3);

        List<Long> times = reserveAll(limit, 0, 6, 1);

        assertThat(times).containsExactly(0L, 0L, 0L, SECOND, 2 * SECOND, 3 * SECOND);
    }

    @Test
    void aLimitLeftAloneRefillsUpToItsBurstAndNoFurther() {
        RateLimit limit = new RateLimit(Duration.ofSeconds(1), 2);
        reserveAll(limit, 0, 2, 1);

        List<Long> later = reserveAll(limit, 60 * SECOND, 3, 1);

        assertThat(later).containsExactly(60 * SECOND, 60 * SECOND, 61 * SECOND);
    }

    @Test
    void earliestOnlyLooksAndBookRecordsTheTimeTheMessageReallyLeft() {
        RateLimit limit = new RateLimit(Duration.ofSeconds(1), 1);

        assertThat(limit.earliest(0, 1)).isZero();
        assertThat(limit.earliest(0, 1)).isZero();
        limit.book(5 * SECOND, 1);

        assertThat(limit.earliest(5 * SECOND, 1)).isEqualTo(6 * SECOND);
    }

    @Test
    void aBatchLargerThanTheBurstWaitsForAFullBucketAndLeavesADebt() {
        RateLimit limit = new RateLimit(Duration.ofSeconds(1), 3);
        limit.reserve(0, 1);

        long album = limit.reserve(0, 10);
        long next = limit.reserve(0, 1);

        assertThat(album).isEqualTo(SECOND);
        assertThat(next).isEqualTo(SECOND + 10 * SECOND - 2 * SECOND);
    }

    @Test
    void aScheduleAtTheLimitNeverOverfillsTelegramsBucketOfTheSameSize() {
        RateLimit limit = RateLimit.of(30, Duration.ofSeconds(1), 30);
        List<Long> times = reserveAll(limit, 0, 2_000, 1);

        assertThat(refusedByTokenBucket(times, 30, SECOND / 30)).isZero();
        assertThat(times.get(times.size() - 1)).isLessThanOrEqualTo((2_000 - 30) * (SECOND / 30) + SECOND / 30);
    }

    @Test
    void aScheduleSpacedByTheIntervalNeverOverfillsASlidingWindow() {
        // 20 a minute, counted in any 60-second window: the strictest reading of Telegram's group limit.
        RateLimit limit = RateLimit.of(20 * 0.97, Duration.ofMinutes(1), 1);
        List<Long> times = reserveAll(limit, 0, 200, 1);

        assertThat(maxInAnyWindow(times, 60 * SECOND)).isLessThanOrEqualTo(20);
        double perMinute = (times.size() - 1) * 60.0 * SECOND / times.get(times.size() - 1);
        assertThat(perMinute).isGreaterThanOrEqualTo(19.0);
    }

    @Test
    void anIdleLimitIsOneWhoseBucketIsFull() {
        RateLimit limit = new RateLimit(Duration.ofSeconds(1), 2);
        assertThat(limit.isIdle(0)).isTrue();

        limit.reserve(0, 2);

        assertThat(limit.isIdle(SECOND)).isFalse();
        assertThat(limit.isIdle(2 * SECOND)).isTrue();
    }

    @Test
    void negativeClockValuesWork() {
        RateLimit limit = new RateLimit(Duration.ofSeconds(1), 1);
        long start = Long.MIN_VALUE / 2;

        assertThat(reserveAll(limit, start, 3, 1)).containsExactly(start, start + SECOND, start + 2 * SECOND);
    }

    private static List<Long> reserveAll(RateLimit limit, long now, int count, int messages) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(limit.reserve(now, messages));
        }
        return times;
    }

    /** How many sends a token bucket of {@code capacity} refilled every {@code interval} would refuse. */
    static int refusedByTokenBucket(List<Long> sendTimes, int capacity, long interval) {
        double tokens = capacity;
        long last = sendTimes.get(0);
        int refused = 0;
        for (long time : sendTimes) {
            tokens = Math.min(capacity, tokens + (double) (time - last) / interval);
            last = time;
            if (tokens >= 1 - 1e-9) {
                tokens -= 1;
            } else {
                refused++;
            }
        }
        return refused;
    }

    static int maxInAnyWindow(List<Long> sendTimes, long window) {
        int max = 0;
        int start = 0;
        for (int end = 0; end < sendTimes.size(); end++) {
            while (sendTimes.get(end) - sendTimes.get(start) >= window) {
                start++;
            }
            max = Math.max(max, end - start + 1);
        }
        return max;
    }
}
