package io.switchboard.telegram.mapping;

import io.switchboard.contract.inbound.BotCommand;
import io.switchboard.telegram.botapi.Message;
import io.switchboard.telegram.botapi.MessageEntity;
import java.util.Locale;
import java.util.Optional;

/**
 * The bot command a message starts with: Telegram marks it with a {@code bot_command} entity at offset 0
 * ({@code /start promo-natale} from a deep link, {@code /help@studio_rossi_bot} in a group). A command addressed to
 * another bot ({@code /help@other_bot}) is not ours, and stays plain text.
 */
final class BotCommands {

    private BotCommands() {}

    static Optional<BotCommand> of(Message message, String botUsername) {
        String text = message.text();
        if (text == null) {
            return Optional.empty();
        }
        Optional<MessageEntity> entity = message.entities().stream()
                .filter(candidate -> "bot_command".equals(candidate.type()) && candidate.offset() == 0)
                .filter(candidate -> candidate.length() > 1 && candidate.length() <= text.length())
                .findFirst();
        if (entity.isEmpty()) {
            return Optional.empty();
        }
        String command = entity.get().textIn(text).substring(1);
        int at = command.indexOf('@');
        String name = at < 0 ? command : command.substring(0, at);
        String addressee = at < 0 ? null : command.substring(at + 1);
        if (name.isEmpty() || (addressee != null && botUsername != null && !addressee.equalsIgnoreCase(botUsername))) {
            return Optional.empty();
        }
        String argument = text.substring(entity.get().length()).strip();
        return Optional.of(new BotCommand(name.toLowerCase(Locale.ROOT), argument.isEmpty() ? null : argument));
    }
}
