package org.cadretraining.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sanitiser keeps what the article editor makes and removes everything else. The editor's HTML below is what
 * Jodit, configured as the article form configures it, writes for each thing its toolbar makes; the sanitiser writes
 * the same document (it spells {@code <br>} as {@code <br />} and some characters as references, so the two are
 * compared as parsed documents). Pastes from Word and from a WeChat article keep their words and structure and lose
 * everything Office and WeChat add.
 */
class RichTextTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<h2>培训班开班</h2><h3>专题讲座</h3><h4>分组讨论</h4><p>第一段</p>",
                "<p>see <a href=\"https://www.gov.cn/\">gov</a> and <a href=\"/news/columns/news\">news</a></p>",
                "<ul><li>一</li><li>二</li></ul><ol><li>一</li><li>二</li></ol><blockquote><p>引</p></blockquote>",
                "<p><strong>b</strong><em>i</em><u>u</u><s>s</s> H<sub>2</sub>O x<sup>2</sup></p><hr>",
                "<figure><img src=\"/news/articles/1/files/2\" alt=\"开班式\"><figcaption>开班式现场</figcaption></figure>",
                "<p><img src=\"/news/articles/1/files/3\" alt=\"\"></p>",
                "<table><tbody><tr><td>日期</td><td>内容</td></tr><tr><td><br></td><td>讲座</td></tr></tbody></table>",
                "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td colspan=\"2\">合并</td></tr>"
                        + "<tr><td rowspan=\"2\">c</td><td>d</td></tr><tr><td>e</td></tr></tbody></table>",
                "<p>“引号” 'apostrophe' &amp; &lt;tag&gt; Yan'an 1 &lt; 2 &nbsp;空格</p><p><br></p>"
            })
    void theEditorsHtmlComesOutOfTheSanitiserAsTheSameDocument(String editorHtml) {
        String kept = RichText.sanitise(editorHtml);

        assertThat(document(kept)).isEqualTo(document(editorHtml));
        assertThat(RichText.sanitise(kept)).isEqualTo(kept);
    }

    @Test
    void aPasteFromWordKeepsItsWordsHeadingsEmphasisTableAndLinkButNothingOfOffice() throws IOException {
        String kept = RichText.sanitise(resource("word-paste.html"));

        Document pasted = Jsoup.parseBodyFragment(kept);
        assertThat(pasted.select("h2").text()).isEqualTo("培训班开班");
        assertThat(pasted.select("b").text()).isEqualTo("全市领导干部");
        assertThat(pasted.text()).contains("12月1日，全市领导干部政治能力提升培训班在市委党校开班。2026年", "专题讲座");
        assertThat(pasted.select("table td").eachText()).containsExactly("日期", "内容");
        assertThat(pasted.select("a").attr("href")).isEqualTo("https://www.gov.cn/");
        assertThat(kept)
                .doesNotContain("mso-", "Mso", "style", "class=", "<o:p", "<!--", "onclick", "Font Definitions")
                .doesNotContain("file:", "<img", "WordDocument", "font-family", "<span");
    }

    @Test
    void aPasteFromAWeChatArticleKeepsItsTextWithoutWrappersStylesOrOutsideImages() throws IOException {
        String kept = RichText.sanitise(resource("wechat-paste.html"));

        Document pasted = Jsoup.parseBodyFragment(kept);
        assertThat(pasted.select("p")).hasSize(3);
        assertThat(pasted.select("strong").text()).isEqualTo("学习贯彻党的二十届四中全会精神");
        assertThat(pasted.text()).contains("11月20日，培训班学员赴辽沈战役纪念馆开展现场教学。", "图为现场教学");
        assertThat(kept).doesNotContain("<section", "style", "class", "data-", "<img", "mpvoice", "<script", "alert");
    }

    @Test
    void everythingTheEditorDoesNotMakeIsRemoved() {
        String kept = RichText.sanitise("<p style=\"color:red\" class=\"x\" onclick=\"steal()\">a</p>"
                + "<img src=\"x\" onerror=\"steal()\"><img src=\"data:image/png;base64,AAAA\" alt=\"d\">"
                + "<a href=\"javascript:steal()\">b</a> <a href=\"/x\" target=\"_blank\">c</a>"
                + "<iframe src=\"https://evil.example\"></iframe><form><input name=q></form>"
                + "<script>steal()</script><style>p{}</style><object data=\"x\"></object>");

        assertThat(kept)
                .doesNotContain("style", "class", "onclick", "onerror", "data:", "javascript:", "target", "iframe")
                .doesNotContain("<form", "<input", "<script", "steal()", "<object");
        assertThat(Jsoup.parseBodyFragment(kept).text()).isEqualTo("a b c");
    }

    /** The document an HTML fragment stands for, written one way (so that two spellings of it compare equal). */
    private static String document(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.ownerDocument().outputSettings().prettyPrint(false);
        return body.html();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RichTextTests.class.getResourceAsStream("/news/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
