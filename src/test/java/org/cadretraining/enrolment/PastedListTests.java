package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PastedListTests {

    @Test
    void aColumnCopiedFromASpreadsheetGivesOneEntryPerLineAndSkipsBlankLines() {
        assertThat(PastedList.parse("A001\r\n\r\nA002\n   \nA003\n"))
                .extracting(Wanted::text)
                .containsExactly("A001", "A002", "A003");
    }

    @Test
    void tabsCommasSemicolonsAndEnumerationCommasSeparateEntriesOnOneLine() {
        assertThat(PastedList.parse("A001\t张三\nA002,A003，A004;李四；王五、赵六"))
                .extracting(Wanted::text)
                .containsExactly("A001", "张三", "A002", "A003", "A004", "李四", "王五", "赵六");
    }

    @Test
    void fullWidthAndNoBreakSpacesAroundAnEntryAreIgnored() {
        assertThat(PastedList.parse("\u3000张三\u3000\n\u00a0A001\u00a0\n\u3000\u3000\n"))
                .extracting(Wanted::text)
                .containsExactly("张三", "A001");
    }

    @Test
    void aSpaceInsideANameIsKept() {
        assertThat(PastedList.parse("Hu Xiaomei")).extracting(Wanted::text).containsExactly("Hu Xiaomei");
    }

    @Test
    void staffNumbersSeparatedBySpacesAreSeveralEntries() {
        assertThat(PastedList.parse("1001 1002 1003")).extracting(Wanted::text).containsExactly("1001", "1002", "1003");
        assertThat(PastedList.parse("1001  1002\t1003,1004、1005，1006\u30001007\n1008 张三 李四"))
                .extracting(Wanted::text)
                .containsExactly("1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008", "张三", "李四");
    }

    @Test
    void anEnglishNameOrAPaddedChineseNameAmongSpaceSeparatedEntriesStaysWhole() {
        assertThat(PastedList.parse("Hu Xiaomei 1001 王\u3000五 1002"))
                .extracting(Wanted::text)
                .containsExactly("Hu Xiaomei", "1001", "王五", "1002");
    }

    @Test
    void anEncodedLineComesBackAsItWas() {
        assertThat(Wanted.decode(Wanted.inRow(7, "张三").encode())).isEqualTo(Wanted.inRow(7, "张三"));
        assertThat(Wanted.decode(Wanted.chosen(42).encode())).isEqualTo(Wanted.chosen(42));
        assertThat(Wanted.decode(Wanted.typed("A|B").encode())).isEqualTo(Wanted.typed("A|B"));
    }
}
