package org.labourhub.accounts;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reader of the audit trail asked for, as the page's address says it (so that it can be bookmarked):
 * whose changes, in which module, to which record (kind and id, or words of its name), between which days, written
 * by which background job; and where the page starts ({@code before} an entry, or {@code after} one going back up).
 */
record AuditFilter(String person, String module, String type, String id, String q,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   Long batch, Long before, Long after) {

    AuditFilter {
        person = blankToNull(person);
        module = blankToNull(module);
        type = blankToNull(type);
        id = blankToNull(id);
        q = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(q.strip().length(), 200));
    }

    /** The SQL conditions of the filter and their parameters, added to {@code where} and {@code params}. */
    void conditions(List<String> where, List<Object> params) {
        if (person != null) {
            where.add("actor = ?");
            params.add(person);
        }
        if (module != null) {
            where.add("module = ?");
            params.add(module);
        }
        if (type != null) {
            where.add("record_type = ?");
            params.add(type);
        }
        if (id != null) {
            where.add("record_id = ?");
            params.add(id);
        }
        if (q != null) {
            where.add("""
                    (record_type, record_id) in (select record_type, record_id from accounts.audit_event
                        where unaccent(record_name) ilike unaccent(?))""");
            params.add("%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (from != null) {
            where.add("at >= ?::date");
            params.add(from);
        }
        if (to != null) {
            where.add("at < ?::date + 1");
            params.add(to);
        }
        if (batch != null) {
            where.add("batch_id = ?");
            params.add(batch);
        }
    }

    public boolean isEmpty() {
        return person == null && module == null && type == null && id == null && q == null && from == null && to == null
                && batch == null;
    }

    /** The address of this list (the page's start left out), starting before or after an entry if one is given. */
    String link(Long startBefore, Long startAfter) {
        var uri = UriComponentsBuilder.fromPath("/audit");
        parameters().forEach(uri::queryParam);
        if (startBefore != null) {
            uri.queryParam("before", startBefore);
        }
        if (startAfter != null) {
            uri.queryParam("after", startAfter);
        }
        return uri.encode().build().toUriString();
    }

    /** The address of this list for every record (the kind kept). */
    String linkWithoutRecord() {
        return new AuditFilter(person, module, type, null, q, from, to, batch, null, null).link(null, null);
    }

    /** The filter's parameters, without the page's start. */
    Map<String, Object> parameters() {
        var p = new LinkedHashMap<String, Object>();
        p.put("person", person);
        p.put("module", module);
        p.put("type", type);
        p.put("id", id);
        p.put("q", q);
        p.put("from", from);
        p.put("to", to);
        p.put("batch", batch);
        p.values().removeIf(java.util.Objects::isNull);
        return p;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
