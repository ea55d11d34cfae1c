package io.switchboard.catalog.service;

import io.switchboard.catalog.model.Language;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words of a query that say what is sought: lower case, without accents (as the stored search text), without
 * filler words and one-letter fragments ("l'app" gives "app"). A query of filler only keeps its words, so "come?"
 * still searches for something.
 *
 * @param words at most {@link #MAX_WORDS}, in query order, without repeats
 */
public record SearchTerms(List<String> words) {

    /** Each word is one join in the search query; a pasted paragraph should not cost a hundred. */
    public static final int MAX_WORDS = 16;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public SearchTerms {
        words = List.copyOf(words);
    }

    public static SearchTerms of(String query, Optional<Language> language) {
        List<String> words = Arrays.stream(NON_WORD.split(fold(query)))
                .filter(word -> word.length() > 1)
                .distinct()
                .toList();
        List<String> meaningful = words.stream()
                .filter(word -> !FillerWords.isFiller(word, language))
                .toList();
        List<String> chosen = meaningful.isEmpty() ? words : meaningful;
        return new SearchTerms(chosen.subList(0, Math.min(chosen.size(), MAX_WORDS)));
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words as one phrase, to compare whole names and questions with. */
    public String phrase() {
        return String.join(" ", words);
    }

    private static String fold(String text) {
        String withoutMarks = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD))
                .replaceAll("");
        return withoutMarks.toLowerCase(Locale.ROOT);
    }
}
