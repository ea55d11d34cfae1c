package io.switchboard.simulator.model.limits;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The rate limits the simulated platforms enforce, as the violation counters name them. */
public enum LimitKind {
    /** Graph: messages per second per business number (130429). */
    THROUGHPUT,
    /** Graph: messages from one number to the same recipient (131056). */
    PAIR,
    /** Bot API: messages per second in one chat. */
    CHAT,
    /** Bot API: messages per minute in one group or supergroup. */
    GROUP,
    /** Bot API: messages per second across all of a bot's chats. */
    BOT;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
