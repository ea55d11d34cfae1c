package io.switchboard.telegram.mapping;

/** JSON that is not a Bot API update Switchboard can read (no {@code update_id}, a message without a chat...). */
public class InvalidUpdateException extends RuntimeException {

    public InvalidUpdateException(String message) {
        super(message);
    }
}
