package io.switchboard.whatsapp.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into messages WhatsApp accepts: at the last sentence end that keeps a part reasonably full, else at
 * the last space, else (one endless word) at the limit. Whitespace at a cut is dropped; nothing else is.
 */
public final class TextSplitter {

    private TextSplitter() {}

    public static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = sentenceEnd(rest, max);
            if (cut <= 0) {
                cut = lastSpace(rest, max);
            }
            if (cut <= 0) {
                cut = Character.isHighSurrogate(rest.charAt(max - 1)) ? max - 1 : max;
            }
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** The index just after the last sentence end within the limit, if it is in the second half of the window. */
    private static int sentenceEnd(String text, int max) {
        for (int i = max; i > max / 2; i--) {
            char before = text.charAt(i - 1);
            boolean atBoundary = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (before == '\n' || (atBoundary && isSentenceEnd(before))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。';
    }

    private static int lastSpace(String text, int max) {
        for (int i = max; i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
