package org.labourhub.projects;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One source record a project came from: the source, its key there (IATI identifier, inventory code, row key),
 * the file, when and by whom it was read, and the raw values as the source gave them.
 */
public record ProvenanceRecord(Source source, String sourceKey, String fileName, OffsetDateTime importedAt,
                               String importedBy, Map<String, Object> raw) {

    public ProvenanceRecord {
        if (sourceKey == null || sourceKey.isBlank()) {
            throw new IllegalArgumentException("A provenance record needs the record's key in its source");
        }
        raw = raw == null ? Map.of() : raw;
    }
}
