package io.switchboard.telegram.client;

import java.util.regex.Pattern;

/** Removes bot tokens from text meant for logs and errors: a token is the bot's password. */
public final class BotTokenRedaction {

    // <bot id>:<secret>; real secrets are 35 characters of the token alphabet.
    private static final Pattern TOKEN = Pattern.compile("(\\d{3,}):[A-Za-z0-9_-]{20,}");

    private BotTokenRedaction() {}

    /** {@code text} with every token replaced by {@code <bot id>:***}. */
    public static String redact(String text) {
        return text == null ? null : TOKEN.matcher(text).replaceAll("$1:***");
    }
}
