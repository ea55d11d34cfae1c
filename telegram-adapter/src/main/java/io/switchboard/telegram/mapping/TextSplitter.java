package io.switchboard.telegram.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into parts Telegram accepts (4096 characters per message, 1024 per caption). Telegram counts UTF-16 code
 * units, as Java strings do; a part never ends inside a surrogate pair, so an emoji is never torn in two. Cuts fall at
 * the last paragraph, line, sentence or word boundary in the second half of the window, in that order of preference,
 * and only a word longer than the limit is cut mid-word.
 */
public final class TextSplitter {

    public static final int MESSAGE_LIMIT = 4096;
    public static final int CAPTION_LIMIT = 1024;

    private static final String SENTENCE_ENDS = ".!?…";
    private static final String CLOSERS = "\"'»)]";

    private TextSplitter() {}

    /** The parts of {@code text}, each at most {@code limit} UTF-16 units, without the whitespace cut at. */
    public static List<String> split(String text, int limit) {
        if (limit < 2) {
            throw new IllegalArgumentException("limit must be at least 2");
        }
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = cutPoint(rest, limit);
            String part = rest.substring(0, cut).stripTrailing();
            if (!part.isEmpty()) {
                parts.add(part);
            }
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** The first part of {@code text} within {@code limit}, and what is left after it. */
    public static Head head(String text, int limit) {
        if (text.length() <= limit) {
            return new Head(text, "");
        }
        int cut = cutPoint(text, limit);
        return new Head(
                text.substring(0, cut).stripTrailing(), text.substring(cut).stripLeading());
    }

    /** A text's first part and its remainder. */
    public record Head(String first, String rest) {}

    private static int cutPoint(String text, int limit) {
        int floor = limit / 2;
        int paragraph = text.lastIndexOf("\n\n", limit - 2);
        if (paragraph >= floor) {
            return paragraph + 2;
        }
        int line = text.lastIndexOf('\n', limit - 1);
        if (line >= floor) {
            return line + 1;
        }
        int sentence = lastSentenceEnd(text, limit, floor);
        if (sentence >= floor) {
            return sentence;
        }
        int space = lastWhitespace(text, limit);
        if (space > 0) {
            return space + 1;
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    /** The index just after the last whitespace that follows a {@code . ! ? …} (and closing quotes or brackets). */
    private static int lastSentenceEnd(String text, int limit, int floor) {
        for (int i = limit - 1; i >= floor; i--) {
            if (Character.isWhitespace(text.charAt(i)) && followsSentenceEnd(text, i)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean followsSentenceEnd(String text, int whitespace) {
        int j = whitespace - 1;
        while (j > 0 && CLOSERS.indexOf(text.charAt(j)) >= 0) {
            j--;
        }
        return j >= 0 && SENTENCE_ENDS.indexOf(text.charAt(j)) >= 0;
    }

    private static int lastWhitespace(String text, int limit) {
        for (int i = limit - 1; i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
