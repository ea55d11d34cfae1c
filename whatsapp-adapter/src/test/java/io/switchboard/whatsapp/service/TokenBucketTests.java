package io.switchboard.whatsapp.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** On a clock the test moves by hand: nothing here depends on real time. */
class TokenBucketTests {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullBurstGoesOutAtOnce() {
        TokenBucket bucket = new TokenBucket(80, 80, 0);

        for (int i = 0; i < 80; i++) {
            assertThat(bucket.tryTake(0)).isZero();
        }
    }

    @Test
    void withoutATokenTheWaitForTheNextIsToldAndNothingIsTaken() {
        TokenBucket bucket = new TokenBucket(80, 8, 0);
        for (int i = 0; i < 8; i++) {
            bucket.tryTake(0);
        }

        assertThat(bucket.tryTake(0)).isEqualTo(SECOND / 80);
        assertThat(bucket.tryTake(0)).isEqualTo(SECOND / 80);
        assertThat(bucket.tryTake(SECOND / 80)).isZero();
    }

    @Test
    void tokensComeBackAtTheRate() {
        TokenBucket bucket = new TokenBucket(20, 20, 0);
        for (int i = 0; i < 20; i++) {
            bucket.tryTake(0);
        }

        assertThat(bucket.tryTake(SECOND / 20)).isZero();
        assertThat(bucket.tryTake(SECOND / 20)).isEqualTo(SECOND / 20);
    }

    @Test
    void aSenderHeldUpLongDoesNotGetMoreThanTheBurstAtOnce() {
        TokenBucket bucket = new TokenBucket(80, 8, 0);

        int taken = 0;
        while (bucket.tryTake(60 * SECOND) == 0) {
            taken++;
        }

        assertThat(taken).isEqualTo(8);
    }

    @Test
    void aRateBelowOnePerSecondSpacesMessagesBySeconds() {
        TokenBucket bucket = new TokenBucket(1d / 6, 1, 0);

        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isEqualTo(6 * SECOND);
    }

    @Test
    void holdingLetsNobodyThroughForTheHold() {
        TokenBucket bucket = new TokenBucket(80, 8, 0);

        bucket.holdFor(2 * SECOND, 0);

        assertThat(bucket.tryTake(0)).isGreaterThanOrEqualTo(2 * SECOND);
    }
}
