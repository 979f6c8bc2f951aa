package org.labourhub.directory.demo;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws Exception {
        String csv = "key,name_fr,note\r\n"
                + "ilo,\"Organisation internationale du Travail, Genève\",\"dit \"\"BIT\"\"\"\r\n"
                + "ipec,\"Programme\r\nIPEC\",\r\n";
        CsvTable table = CsvTable.read("t.csv", new StringReader(csv));
        assertThat(table.columns()).containsExactly("key", "name_fr", "note");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).get("name_fr")).isEqualTo("Organisation internationale du Travail, Genève");
        assertThat(table.rows().get(0).get("note")).isEqualTo("dit \"BIT\"");
        assertThat(table.rows().get(1).get("name_fr")).isEqualTo("Programme\r\nIPEC");
        assertThat(table.rows().get(1).optional("note")).isNull();
        assertThat(table.rows().get(1).line()).isEqualTo(3);
    }

    @Test
    void readsUnixLineEndsAndAByteOrderMark() throws Exception {
        CsvTable table = CsvTable.read("t.csv", new StringReader("\uFEFFiso2,iso3\nGT,GTM\nPE,PER"));
        assertThat(table.rows()).extracting(r -> r.get("iso2")).containsExactly("GT", "PE");
    }

    @Test
    void reportsFileLineAndColumnOfAProblem() throws Exception {
        CsvTable table = CsvTable.read("countries.csv", new StringReader("iso2,iso3\nGT,GTM\nPE,\n"));
        assertThatThrownBy(() -> table.rows().get(1).required("iso3"))
                .hasMessage("countries.csv, line 3, column iso3: is empty");
        assertThatThrownBy(() -> CsvTable.read("x.csv", new StringReader("a,b\n1,2,3\n")))
                .hasMessageContaining("x.csv, line 2: 3 fields where the header has 2");
        assertThatThrownBy(() -> CsvTable.read("x.csv", new StringReader("a\n\"open\n")))
                .hasMessageContaining("never closed");
    }
}
