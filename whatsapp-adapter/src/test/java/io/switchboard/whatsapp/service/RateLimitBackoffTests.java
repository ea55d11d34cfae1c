package io.switchboard.whatsapp.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.whatsapp.client.GraphApiException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How long to wait after Meta said "too fast", and when to stop trying. */
class RateLimitBackoffTests {

    private final RateLimitBackoff backoff = new RateLimitBackoff(new TestPacing(3, Duration.ofMillis(100), 40));

    @Test
    void aThroughputLimitIsRetriedAfterADoublingWait() {
        GraphApiException tooFast = refusal(400, "130429");

        assertThat(backoff.next(tooFast, 0)).hasValue(Duration.ofSeconds(1));
        assertThat(backoff.next(tooFast, 2)).hasValue(Duration.ofSeconds(4));
    }

    @Test
    void thePairLimitWaitsLonger() {
        assertThat(backoff.next(refusal(400, "131056"), 1)).hasValue(Duration.ofSeconds(12));
    }

    @Test
    void anHttp429IsARateLimitWhateverItsCode() {
        assertThat(backoff.next(refusal(429, "http-429"), 0)).isPresent();
    }

    @Test
    void afterTheLastRetryTheRefusalIsFinal() {
        assertThat(backoff.next(refusal(400, "130429"), 3)).isEmpty();
    }

    @Test
    void otherRefusalsAreNeverRetried() {
        assertThat(backoff.next(refusal(400, "131047"), 0)).isEmpty();
        assertThat(backoff.next(refusal(401, "190"), 0)).isEmpty();
    }

    private static GraphApiException refusal(int status, String code) {
        return new GraphApiException(status, code, null, null, "refused");
    }
}
