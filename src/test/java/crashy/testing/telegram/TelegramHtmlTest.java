package crashy.testing.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TelegramHtmlTest {
    @Test
    void acceptsTelegramsTagsProperlyNested() {
        assertThat(TelegramHtml.problem("<b>Job <i>7</i></b> <a href=\"https://farm/7\">log</a> <code>a &lt; b</code>"))
                .isEmpty();
        assertThat(TelegramHtml.problem("<span class=\"tg-spoiler\">x</span><pre>y</pre><BLOCKQUOTE>z</BLOCKQUOTE>"))
                .isEmpty();
    }

    @Test
    void refusesOtherTagsBadNestingAndBareAngleBrackets() {
        assertThat(TelegramHtml.problem("<div>x</div>")).contains("Unsupported start tag \"div\" at byte offset 0");
        assertThat(TelegramHtml.problem("<b><i>x</b></i>"))
                .contains("Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"");
        assertThat(TelegramHtml.problem("x</b>")).contains("Unexpected end tag at byte offset 1");
        assertThat(TelegramHtml.problem("frame <12>")).contains("Unexpected \"<\" at byte offset 6");
    }

    @Test
    void countsOffsetsInUtf8Bytes() {
        assertThat(TelegramHtml.problem("ü <")).contains("Unexpected \"<\" at byte offset 3");
    }

    @Test
    void showsTheTextWithoutTagsAndWithEntitiesDecoded() {
        assertThat(TelegramHtml.plainText("<b>R&amp;D</b> &lt;7&gt; &quot;x&quot; &#233;&#x1F600; &nbsp;"))
                .isEqualTo("R&D <7> \"x\" é\uD83D\uDE00 &nbsp;");
    }
}
