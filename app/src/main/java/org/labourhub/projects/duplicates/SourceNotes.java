package org.labourhub.projects.duplicates;

import org.labourhub.platform.i18n.Formats;
import org.labourhub.projects.Source;
import org.labourhub.projects.importing.ProvenanceRecords;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where a value came from, in words a reader understands: "from the IATI file “activities.xml”, read on 3 March
 * 2026", "from the country's own entry". A merged project's page notes this beside each field.
 */
@Component
public class SourceNotes {

    private final MessageSource messages;
    private final MergeRecords merges;
    private final ProvenanceRecords provenance;

    SourceNotes(MessageSource messages, MergeRecords merges, ProvenanceRecords provenance) {
        this.messages = messages;
        this.merges = merges;
        this.provenance = provenance;
    }

    /** One source record in words. */
    String of(ProvenanceRecords.Row row, Locale locale) {
        boolean named = row.fileName() != null && (row.source() == Source.IATI || row.source() == Source.SPREADSHEET);
        String key = "projects.from." + row.source().name() + (named ? ".file" : "");
        return messages.getMessage(key, new Object[]{row.fileName(), Formats.of(locale, messages).date(row.importedAt())}, locale);
    }

    /** The latest source record of the project itself (not of those merged into it), in words; empty if none. */
    String ofProject(long projectId, Locale locale) {
        return provenance.of(projectId).stream().filter(r -> r.projectId() == projectId)
                .reduce((first, second) -> second).map(r -> of(r, locale)).orElse("");
    }

    /** For a project a merge made, per field (by name), the sources of its value in words; empty for any other project. */
    public Map<String, String> ofFields(long projectId, Locale locale) {
        if (!merges.isMergeResult(projectId)) {
            return Map.of();
        }
        var rows = new HashMap<Long, ProvenanceRecords.Row>();
        provenance.of(projectId).forEach(r -> rows.put(r.id(), r));
        var notes = new HashMap<String, String>();
        merges.fieldSources(projectId).forEach((field, ids) -> {
            List<String> words = ids.stream().map(rows::get).filter(Objects::nonNull).map(r -> of(r, locale)).distinct().toList();
            if (!words.isEmpty()) {
                notes.put(field.name(), messages.getMessage("projects.from.list", new Object[]{words.size(), String.join("; ", words)}, locale));
            }
        });
        return notes;
    }
}
