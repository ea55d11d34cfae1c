package io.switchboard.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.catalog.model.Language;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchTermsTests {

    @Test
    void wordsAreLowerCaseWithoutAccents() {
        assertThat(SearchTerms.of("Perché PIÙ Sicurézza", Optional.empty()).words())
                .containsExactly("piu", "sicurezza");
    }

    @Test
    void italianFillerIsDropped() {
        assertThat(SearchTerms.of("Quanto costa la migrazione del server?", Optional.of(Language.ITALIAN))
                        .words())
                .containsExactly("costa", "migrazione", "server");
    }

    @Test
    void englishFillerIsDropped() {
        assertThat(SearchTerms.of("How much is the cloud migration?", Optional.of(Language.ENGLISH))
                        .words())
                .containsExactly("cloud", "migration");
    }

    @Test
    void withoutALanguageFillerOfEitherIsDropped() {
        assertThat(SearchTerms.of("how much costa la app", Optional.empty()).words())
                .containsExactly("costa", "app");
    }

    @Test
    void elidedArticlesAndPrepositionsLeaveTheWord() {
        assertThat(SearchTerms.of("l'app dell'ufficio", Optional.of(Language.ITALIAN))
                        .words())
                .containsExactly("app", "ufficio");
    }

    @Test
    void aQueryOfFillerOnlyKeepsItsWords() {
        assertThat(SearchTerms.of("come?", Optional.of(Language.ITALIAN)).words())
                .containsExactly("come");
    }

    @Test
    void repeatedWordsCountOnce() {
        assertThat(SearchTerms.of("cloud Cloud CLOUD backup", Optional.empty()).words())
                .containsExactly("cloud", "backup");
    }

    @Test
    void aPastedParagraphIsCutToTheFirstWords() {
        String paragraph = "alfa beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho";

        assertThat(SearchTerms.of(paragraph, Optional.empty()).words())
                .hasSize(SearchTerms.MAX_WORDS)
                .startsWith("alfa")
                .endsWith("pi");
    }

    @Test
    void punctuationAloneHasNoTerms() {
        assertThat(SearchTerms.of("?!", Optional.empty()).isEmpty()).isTrue();
    }

    @Test
    void thePhraseJoinsTheTerms() {
        assertThat(SearchTerms.of("Migrazione, cloud!", Optional.empty()).phrase())
                .isEqualTo("migrazione cloud");
    }
}
