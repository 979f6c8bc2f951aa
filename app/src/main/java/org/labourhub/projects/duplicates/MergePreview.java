package org.labourhub.projects.duplicates;

import org.labourhub.projects.duplicates.MergeField.Side;
import org.labourhub.projects.duplicates.MergeValues.Line;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * The comparison a reader merges from: one row per field either record has, both records' values side by side in
 * the reader's language, and the side proposed for each (the record with a value; of two, the more recent).
 */
@Component
class MergePreview {

    private final MergeRecords records;
    private final SourceNotes notes;
    private final MessageSource messages;
    private final JdbcClient jdbc;

    MergePreview(MergeRecords records, SourceNotes notes, MessageSource messages, JdbcClient jdbc) {
        this.records = records;
        this.notes = notes;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /** One record of the pair as the page heads its column: its title, where it came from, the version shown. */
    record Column(long id, Line title, String source, int version) {
    }

    /** One field: both values, the side proposed, and whether both records' items can be kept together. */
    record Row(MergeField field, List<Line> kept, List<Line> merged, Side proposed, boolean combinable, boolean same) {
    }

    record Comparison(Column kept, Column merged, List<Row> rows) {
    }

    /** Whether neither project is merged into another, so the pair can still be merged. */
    boolean isOpen(long keptId, long mergedId) {
        return jdbc.sql("select count(*) from projects.project where id in (?, ?) and merged_into is null")
                .params(keptId, mergedId).query(Long.class).single() == 2;
    }

    Comparison of(long keptId, long mergedId, Locale locale) {
        int keptVersion = version(keptId); // read before the records: a change in between makes the form stale, not wrong
        int mergedVersion = version(mergedId);
        ProjectMerge.Record kept = records.record(keptId);
        ProjectMerge.Record merged = records.record(mergedId);
        var pair = new ProjectMerge(kept, merged);
        var values = new MergeValues(messages, locale);
        List<Row> rows = pair.fields().stream().map(field -> {
            List<Line> ofKept = values.of(field, kept);
            List<Line> ofMerged = values.of(field, merged);
            return new Row(field, ofKept, ofMerged, pair.proposed(field), field.combinable() && !ofKept.isEmpty() && !ofMerged.isEmpty(),
                    ofKept.equals(ofMerged));
        }).toList();
        return new Comparison(column(keptId, keptVersion, kept, values, locale),
                column(mergedId, mergedVersion, merged, values, locale), rows);
    }

    private int version(long id) {
        return jdbc.sql("select version from projects.project where id = ?").param(id).query(Integer.class).optional()
                .orElseThrow(() -> new org.labourhub.platform.web.RecordNotFound("project", id));
    }

    private Column column(long id, int version, ProjectMerge.Record record, MergeValues values, Locale locale) {
        return new Column(id, values.of(MergeField.TITLE, record).get(0), notes.ofProject(id, locale), version);
    }
}
