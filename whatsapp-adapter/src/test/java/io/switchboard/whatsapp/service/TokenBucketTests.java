package io.switchboard.whatsapp.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** On a clock the test moves by hand: nothing here depends on real time. */
class TokenBucketTests {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullSecondsWorthGoesOutAtOnce() {
        TokenBucket bucket = new TokenBucket(80, 0);

        for (int i = 0; i < 80; i++) {
            assertThat(bucket.reserve(0)).isZero();
        }
    }

    @Test
    void theNextMessageWaitsForItsShareOfTheSecond() {
        TokenBucket bucket = new TokenBucket(80, 0);
        for (int i = 0; i < 80; i++) {
            bucket.reserve(0);
        }

        assertThat(bucket.reserve(0)).isEqualTo(SECOND / 80);
        assertThat(bucket.reserve(0)).isEqualTo(2 * SECOND / 80);
    }

    @Test
    void tokensComeBackAtTheRate() {
        TokenBucket bucket = new TokenBucket(20, 0);
        for (int i = 0; i < 20; i++) {
            bucket.reserve(0);
        }

        assertThat(bucket.reserve(SECOND / 20)).isZero();
        assertThat(bucket.reserve(SECOND / 20)).isEqualTo(SECOND / 20);
    }

    @Test
    void aQuietNumberSavesUpNoMoreThanOneSecond() {
        TokenBucket bucket = new TokenBucket(10, 0);

        for (int i = 0; i < 10; i++) {
            assertThat(bucket.reserve(60 * SECOND)).isZero();
        }
        assertThat(bucket.reserve(60 * SECOND)).isPositive();
    }
}
