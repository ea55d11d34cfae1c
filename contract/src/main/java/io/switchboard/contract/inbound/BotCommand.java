package io.switchboard.contract.inbound;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * A command the customer sent to a bot: Telegram's {@code /start <payload>} from a deep link (used for opt-in and to
 * link a contact), {@code /help}, and so on.
 *
 * @param name the command without the slash and without a {@code @botname} suffix, lower case
 * @param argument what follows the command, or {@code null}
 */
public record BotCommand(String name, String argument) {

    public BotCommand {
        Objects.requireNonNull(name, "name");
    }

    @JsonIgnore
    public boolean isStart() {
        return "start".equals(name);
    }
}
