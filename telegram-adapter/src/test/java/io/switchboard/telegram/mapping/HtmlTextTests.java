package io.switchboard.telegram.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTests {

    @Test
    void theThreeCharactersHtmlModeInterpretsAreEscaped() {
        assertThat(HtmlText.escape("a < b && c > d")).isEqualTo("a &lt; b &amp;&amp; c &gt; d");
    }

    @Test
    void tagsTheBusinessWroteAreShownNotInterpreted() {
        assertThat(HtmlText.escape("<b>bold</b>")).isEqualTo("&lt;b&gt;bold&lt;/b&gt;");
    }

    @Test
    void anAlreadyEscapedEntityIsEscapedAgainSoItIsShownLiterally() {
        assertThat(HtmlText.escape("&amp;")).isEqualTo("&amp;amp;");
    }

    @Test
    void markdownCharactersAndEmojiNeedNoEscapingInHtmlMode() {
        String text = "*prezzi* _scontati_ [link](x) 👋🏽 #1 - ok! (sì) {a} ~b~ `c` |d| =e= .f";

        assertThat(HtmlText.escape(text)).isEqualTo(text);
    }

    @Test
    void boldAndItalicWrapEscapedText() {
        assertThat(HtmlText.bold("R&D")).isEqualTo("<b>R&amp;D</b>");
        assertThat(HtmlText.italic("<3")).isEqualTo("<i>&lt;3</i>");
    }
}
