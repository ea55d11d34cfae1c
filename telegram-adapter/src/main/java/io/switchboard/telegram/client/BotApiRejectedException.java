package io.switchboard.telegram.client;

import java.util.OptionalLong;

/** Any other refusal, usually 400 ({@code Bad Request: chat not found}, a too long text, a group that migrated). */
public final class BotApiRejectedException extends BotApiException {

    private final Long migrateToChatId;

    public BotApiRejectedException(int errorCode, String description, Long migrateToChatId) {
        super(errorCode, description);
        this.migrateToChatId = migrateToChatId;
    }

    /** Set when the group became a supergroup: the chat now has this id. */
    public OptionalLong migrateToChatId() {
        return migrateToChatId == null ? OptionalLong.empty() : OptionalLong.of(migrateToChatId);
    }
}
