package io.switchboard.simulator.model.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.simulator.model.limits.LimitKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A number's throughput and pair limits together. */
class NumberLimiterTests {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final WhatsAppLimits META = new WhatsAppLimits(true, 80, 45, 6.0);

    @Test
    void eightyRecipientsAtOnce_pass_andThe81stHitsTheThroughput() {
        NumberLimiter limiter = new NumberLimiter(META, T0);
        for (int recipient = 0; recipient < 80; recipient++) {
            assertThat(limiter.admit("39333" + recipient, true, T0)).isEmpty();
        }

        assertThat(limiter.admit("39333999", true, T0)).contains(LimitKind.THROUGHPUT);
    }

    @Test
    void eightyMessagesASecond_toEverChangingRecipients_areNeverRefused() {
        NumberLimiter limiter = new NumberLimiter(META, T0);
        Duration interval = Duration.ofSeconds(1).dividedBy(80);

        for (int send = 0; send < 8000; send++) {
            assertThat(limiter.admit("39333" + send, true, T0.plus(interval.multipliedBy(send))))
                    .as("send %d", send)
                    .isEmpty();
        }
    }

    @Test
    void theSameRecipient_takesABurstOf45_thenHitsThePairLimit() {
        NumberLimiter limiter = new NumberLimiter(new WhatsAppLimits(true, 1000, 45, 6.0), T0);
        for (int send = 0; send < 45; send++) {
            assertThat(limiter.admit("393331234567", true, T0)).isEmpty();
        }

        assertThat(limiter.admit("393331234567", true, T0)).contains(LimitKind.PAIR);
        assertThat(limiter.admit("393339999999", true, T0)).isEmpty();
    }

    @Test
    void aGroup_hasNoPairLimit() {
        NumberLimiter limiter = new NumberLimiter(new WhatsAppLimits(true, 1000, 1, 6.0), T0);

        for (int send = 0; send < 10; send++) {
            assertThat(limiter.admit("120363043528463013@g.us", false, T0)).isEmpty();
        }
    }

    @Test
    void aSendRefusedForThePair_takesNoThroughput() {
        NumberLimiter limiter = new NumberLimiter(new WhatsAppLimits(true, 2, 1, 6.0), T0);
        limiter.admit("393331234567", true, T0);
        for (int refused = 0; refused < 3; refused++) {
            assertThat(limiter.admit("393331234567", true, T0)).contains(LimitKind.PAIR);
        }

        assertThat(limiter.admit("393339999999", true, T0)).isEmpty();
    }
}
