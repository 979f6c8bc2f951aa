package org.labourhub.accounts;

import org.junit.jupiter.api.Test;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What an audit entry kept is read back field by field, however the module wrote it over the years. */
class RecordStateTest {

    @Test
    void textsInSeveralLanguagesAreRecognisedInEachWayTheyWereWritten() {
        var expected = new MultilingualText(Language.FR, Map.of(Language.FR, "Emploi", Language.ES, "Empleo"));
        assertThat(RecordState.of("{\"title\":{\"original\":\"fr\",\"fr\":\"Emploi\",\"es\":\"Empleo\"}}").fields().get("title"))
                .isEqualTo(expected);
        assertThat(RecordState.of("{\"title\":\"{\\\"original\\\":\\\"fr\\\",\\\"fr\\\":\\\"Emploi\\\",\\\"es\\\":\\\"Empleo\\\"}\"}")
                .fields().get("title")).isEqualTo(expected);
        assertThat(RecordState.of("{\"name\":{\"original\":\"FR\",\"translations\":{\"FR\":\"Emploi\",\"ES\":\"Empleo\"}}}")
                .fields().get("name")).isEqualTo(expected);
    }

    @Test
    void nestedGroupsAreFlattenedInternalFieldsLeftOutAndTheWordNullIsNothing() {
        var state = RecordState.of("""
                {"id": 4, "version": 2, "key": "mol-gt", "country": "null", "project": {"status": "CLOSED", "budget": 12.50},
                 "themes": ["OSH"]}""");
        assertThat(state.fields()).containsOnlyKeys("country", "project.status", "project.budget", "themes");
        assertThat(state.fields().get("country")).isNull();
        assertThat(state.fields().get("project.budget")).isEqualTo(new BigDecimal("12.50"));
        assertThat(state.fields().get("themes")).isEqualTo(List.of("OSH"));
    }

    @Test
    void aPartialChangeIsWrittenOverTheStateBeforeIt() {
        var merged = RecordState.of("{\"title\":\"A\",\"state\":\"DRAFT\"}").then(RecordState.of("{\"state\":\"SUBMITTED\"}"));
        assertThat(merged.fields()).containsEntry("title", "A").containsEntry("state", "SUBMITTED");
    }
}
