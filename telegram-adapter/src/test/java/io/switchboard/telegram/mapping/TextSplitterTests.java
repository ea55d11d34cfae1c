package io.switchboard.telegram.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTests {

    @Test
    void aTextWithinTheLimitIsOnePart() {
        assertThat(TextSplitter.split("Buongiorno!", 4096)).containsExactly("Buongiorno!");
    }

    @Test
    void aTextOfExactlyTheLimitIsOnePart() {
        String text = "a".repeat(4096);

        assertThat(TextSplitter.split(text, 4096)).containsExactly(text);
    }

    @Test
    void aLongTextIsCutAfterTheLastSentenceThatFits() {
        String text = "First sentence here. Second one is longer. Third.";

        assertThat(TextSplitter.split(text, 30))
                .containsExactly("First sentence here.", "Second one is longer. Third.");
    }

    @Test
    void aParagraphBreakIsPreferredToASentenceEnd() {
        String text = "One. Two.\n\nThree four five six.";

        assertThat(TextSplitter.split(text, 20)).containsExactly("One. Two.", "Three four five six.");
    }

    @Test
    void withoutASentenceEndTheCutFallsBetweenWords() {
        String text = "uno due tre quattro cinque sei sette";

        List<String> parts = TextSplitter.split(text, 15);

        assertThat(parts).containsExactly("uno due tre", "quattro cinque", "sei sette");
    }

    @Test
    void aWordLongerThanTheLimitIsCutMidWord() {
        assertThat(TextSplitter.split("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
    }

    @Test
    void anEmojiIsNeverTornInTwo() {
        // Each 😀 is two UTF-16 code units: a cut at an odd position would split one.
        String text = "😀".repeat(5);

        List<String> parts = TextSplitter.split(text, 5);

        assertThat(parts).containsExactly("😀😀", "😀😀", "😀");
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void everyPartOfAVeryLongTextRespectsTelegramsLimitAndNothingIsLost() {
        String sentence = "Il nostro studio offre consulenze su misura per ogni esigenza. ";
        String text = sentence.repeat(200).trim();

        List<String> parts = TextSplitter.split(text, TextSplitter.MESSAGE_LIMIT);

        assertThat(parts)
                .hasSizeGreaterThan(2)
                .allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(4096));
        assertThat(parts).allSatisfy(part -> assertThat(part).endsWith("."));
        assertThat(String.join(" ", parts)).isEqualTo(text);
    }

    @Test
    void theHeadOfACaptionFitsTheCaptionLimitAndTheRestFollows() {
        String caption = "Prima frase. ".repeat(100).trim();

        TextSplitter.Head head = TextSplitter.head(caption, TextSplitter.CAPTION_LIMIT);

        assertThat(head.first().length()).isLessThanOrEqualTo(1024);
        assertThat(head.first() + " " + head.rest()).isEqualTo(caption);
    }

    @Test
    void aLimitBelowTwoCannotHoldAnEmoji() {
        assertThatThrownBy(() -> TextSplitter.split("x", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
