package io.switchboard.simulator.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides credentials in what the request log keeps: a bearer token or secret keeps only its last four characters, a
 * bot token in a path only its bot id.
 */
public final class Redaction {

    private static final Pattern BOT_TOKEN_IN_PATH = Pattern.compile("^/bot(\\d+)(?::|%3[Aa])[^/]*");
    private static final Pattern SECRET_IN_JSON =
            Pattern.compile("(\"(?:secret_token|access_token)\"\\s*:\\s*\")([^\"]*)(\")");
    private static final Pattern SECRET_IN_FORM = Pattern.compile("((?:^|&)(?:secret_token|access_token)=)([^&]*)");

    private Redaction() {}

    /** {@code Bearer EAAG...1234} becomes {@code Bearer ***1234}. */
    public static String authorization(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        int space = trimmed.indexOf(' ');
        String scheme = space < 0 ? "" : trimmed.substring(0, space + 1);
        return scheme + masked(trimmed.substring(space + 1));
    }

    /** {@code /bot123:AAx.../sendMessage} becomes {@code /bot123:***\/sendMessage}. */
    public static String path(String path) {
        return BOT_TOKEN_IN_PATH.matcher(path).replaceFirst("/bot$1:***");
    }

    /** Masks {@code secret_token} and {@code access_token} values in a JSON body, a form body or a query string. */
    public static String parameters(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String json = replace(SECRET_IN_JSON.matcher(text), 2);
        return replace(SECRET_IN_FORM.matcher(json), 2);
    }

    static String masked(String secret) {
        return "***" + (secret.length() <= 4 ? "" : secret.substring(secret.length() - 4));
    }

    private static String replace(Matcher matcher, int secretGroup) {
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String replacement = matcher.group(1)
                    + masked(matcher.group(secretGroup))
                    + (matcher.groupCount() > secretGroup ? matcher.group(secretGroup + 1) : "");
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
