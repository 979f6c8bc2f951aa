package org.labourhub.projects.importing.sheet;

import org.labourhub.projects.Money;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which spreadsheet column (by its header text) fills which project field, the language the texts are written in,
 * and the currency of amounts in rows that give none. Saved mappings are reused by header names, so they keep
 * working when a later file has its columns in another order.
 */
record ColumnMapping(Map<String, String> columns, String language, String defaultCurrency) {

    /** The fields a column can fill; {@code key} (the row's identifier in its source) is required. */
    static final List<String> FIELDS = List.of("key", "title", "description", "status", "plannedStart", "plannedEnd",
            "actualStart", "actualEnd", "countries", "territories", "funder", "implementer", "themes", "modality", "sector", "budget",
            "expenditure", "currency");

    ColumnMapping {
        var clean = new LinkedHashMap<String, String>();
        columns.forEach((field, header) -> {
            if (FIELDS.contains(field) && header != null && !header.isBlank()) {
                clean.put(field, header);
            }
        });
        columns = Map.copyOf(clean);
        language = language == null || language.isBlank() ? "es" : language;
        defaultCurrency = defaultCurrency == null || defaultCurrency.isBlank() ? null : defaultCurrency.strip().toUpperCase(Locale.ROOT);
        if (defaultCurrency != null && !Money.isCurrency(defaultCurrency)) {
            throw new IllegalArgumentException("Not an ISO 4217 currency: " + defaultCurrency);
        }
    }

    /** The column index of a field in this header row, or -1. */
    int column(String field, List<String> header) {
        String name = columns.get(field);
        return name == null ? -1 : header.indexOf(name);
    }
}
