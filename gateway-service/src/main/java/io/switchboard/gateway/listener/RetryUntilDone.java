package io.switchboard.gateway.listener;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.switchboard.contract.InvalidEventException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * How every listener of the gateway handles failure. A record that is not a valid event fails at once, and the
 * channel's failure strategy sends it to the dead-letter topic; any other failure (the database is down) is retried
 * with backoff for as long as it takes, holding the partition, so no accepted event is skipped or reordered.
 */
@ApplicationScoped
public class RetryUntilDone {

    @Retry(
            maxRetries = -1,
            delay = 200,
            maxDuration = 7,
            durationUnit = ChronoUnit.DAYS,
            abortOn = InvalidEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void run(Runnable work) {
        work.run();
    }
}
