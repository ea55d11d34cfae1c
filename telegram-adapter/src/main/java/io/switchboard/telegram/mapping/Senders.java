package io.switchboard.telegram.mapping;

import io.switchboard.contract.Sender;
import io.switchboard.telegram.botapi.Chat;
import io.switchboard.telegram.botapi.Message;
import io.switchboard.telegram.botapi.User;

/** Who wrote, as the contract's {@link Sender}. Telegram never shares a phone number here. */
final class Senders {

    private Senders() {}

    static Sender of(User user) {
        return new Sender(Long.toString(user.id()), user.fullName(), null, user.username(), user.languageCode());
    }

    static Sender of(Chat chat) {
        return new Sender(Long.toString(chat.id()), chat.displayName(), null, chat.username(), null);
    }

    /**
     * The author of a message: the chat it was posted on behalf of (a channel post, an anonymous group admin, whose
     * {@code from} is a placeholder bot), else the user, else the chat itself.
     */
    static Sender of(Message message) {
        if (message.senderChat() != null) {
            return of(message.senderChat());
        }
        if (message.from() != null) {
            return of(message.from());
        }
        return of(message.chat());
    }
}
