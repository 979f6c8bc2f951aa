package org.labourhub.platform.exports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableExportTest {

    @Test
    void aTextThatASpreadsheetWouldEvaluateIsPrefixedWithAQuote() {
        assertThat(TableExport.neutralised("=1+2")).isEqualTo("'=1+2");
        assertThat(TableExport.neutralised("+33 1 23")).isEqualTo("'+33 1 23");
        assertThat(TableExport.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(TableExport.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(TableExport.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(TableExport.neutralised("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void otherTextsAreLeftAlone() {
        assertThat(TableExport.neutralised("Inspección = control")).isEqualTo("Inspección = control");
        assertThat(TableExport.neutralised("")).isEmpty();
        assertThat(TableExport.neutralised("40 %")).isEqualTo("40 %");
    }
}
