package io.switchboard.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordMatcherTests {

    @Test
    void caseAccentsAndPunctuationDoNotMatter() {
        assertThat(KeywordMatcher.mentionsAny("Buongiorno! PREZZÌ?", List.of("prezzi")))
                .isTrue();
    }

    @Test
    void onlyWholeWordsCount() {
        assertThat(KeywordMatcher.mentionsAny("vorrei un caffè", List.of("caf")))
                .isFalse();
        assertThat(KeywordMatcher.mentionsAny("imprezzibile", List.of("prezzi")))
                .isFalse();
    }

    @Test
    void aPhraseMatchesItsWordsInARow() {
        assertThat(KeywordMatcher.mentionsAny("mi mandi il listino prezzi?", List.of("listino prezzi")))
                .isTrue();
        assertThat(KeywordMatcher.mentionsAny("prezzi del listino", List.of("listino prezzi")))
                .isFalse();
    }

    @Test
    void anyKeywordIsEnough() {
        assertThat(KeywordMatcher.mentionsAny("quanto costa?", List.of("prezzi", "costa")))
                .isTrue();
    }

    @Test
    void keywordsAreStoredInTheirComparableForm() {
        assertThat(KeywordMatcher.normalize("  Listino   PREZZÌ ")).isEqualTo("listino prezzi");
        assertThat(KeywordMatcher.normalize("?!")).isEmpty();
    }
}
