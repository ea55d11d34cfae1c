package io.switchboard.gateway.service;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a customer's text mentions a keyword, the way a person would: case, accents and punctuation do not
 * matter ("Prezzi?" and "PREZZÌ" mention "prezzi"), and only whole words count ("caffè" does not mention "caf").
 * A keyword of several words matches those words in a row.
 */
public final class KeywordMatcher {

    private KeywordMatcher() {}

    public static boolean mentionsAny(String text, List<String> keywords) {
        List<String> words = words(text);
        return keywords.stream().map(KeywordMatcher::words).anyMatch(keyword -> containsRun(words, keyword));
    }

    /** The comparable form of a keyword, as stored: lower case, without accents, single spaces. */
    public static String normalize(String keyword) {
        return String.join(" ", words(keyword));
    }

    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    private static boolean containsRun(List<String> words, List<String> run) {
        if (run.isEmpty() || run.size() > words.size()) {
            return false;
        }
        for (int start = 0; start + run.size() <= words.size(); start++) {
            if (words.subList(start, start + run.size()).equals(run)) {
                return true;
            }
        }
        return false;
    }
}
