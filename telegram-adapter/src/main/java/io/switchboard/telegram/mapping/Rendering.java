package io.switchboard.telegram.mapping;

import java.util.List;

/** An outbound command rendered for the Bot API: the requests to make in order, or why it cannot be sent. */
public sealed interface Rendering {

    record Calls(List<BotApiCall> calls) implements Rendering {
        public Calls {
            calls = List.copyOf(calls);
            if (calls.isEmpty()) {
                throw new IllegalArgumentException("a rendering makes at least one call");
            }
        }
    }

    /**
     * The command asks for something Telegram cannot do; reported as a FAILED receipt, never faked.
     *
     * @param code a Switchboard code (Telegram was not asked, so there is no Bot API code)
     */
    record Refused(String code, String title, String detail) implements Rendering {}
}
