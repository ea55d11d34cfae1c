package io.switchboard.whatsapp.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTests {

    @Test
    void aTextWithinTheLimitStaysWhole() {
        assertThat(TextSplitter.split("Hello there.", 20)).containsExactly("Hello there.");
    }

    @Test
    void aLongTextIsCutAfterTheLastSentenceThatFits() {
        List<String> parts = TextSplitter.split("One two three. Four five six. Seven eight.", 32);

        assertThat(parts).containsExactly("One two three. Four five six.", "Seven eight.");
    }

    @Test
    void withoutASentenceEndInReachTheCutIsAtTheLastSpace() {
        List<String> parts = TextSplitter.split("alpha beta gamma delta epsilon", 18);

        assertThat(parts).containsExactly("alpha beta gamma", "delta epsilon");
    }

    @Test
    void oneEndlessWordIsCutAtTheLimit() {
        assertThat(TextSplitter.split("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
    }

    @Test
    void anEmojiIsNeverCutInHalf() {
        String text = "abc\uD83D\uDE00def";

        List<String> parts = TextSplitter.split(text, 4);

        assertThat(parts).containsExactly("abc", "\uD83D\uDE00de", "f");
    }

    @Test
    void everyPartOfAVeryLongTextFitsAndNothingButSpacesAtCutsIsLost() {
        String sentence = "This sentence is forty characters long. ";
        String text = sentence.repeat(250).trim();

        List<String> parts = TextSplitter.split(text, 4096);

        assertThat(parts)
                .hasSize(3)
                .allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(4096));
        assertThat(String.join(" ", parts)).isEqualTo(text);
        assertThat(parts.get(0)).endsWith(".");
    }
}
