package org.labourhub.accounts;

import org.labourhub.platform.i18n.MultilingualText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Audit entries made readable for one reader: who, what record, and the change field by field. */
@Component
class AuditPages {

    private static final List<String> NAMING = List.of("name", "title", "displayName", "username", "key", "fileName",
            "project.title");
    static final String PLATFORM = "anonymous";

    private final MessageSource messages;
    private final AuditedKinds kinds;
    private final AuditLog log;

    AuditPages(MessageSource messages, AuditedKinds kinds, AuditLog log) {
        this.messages = messages;
        this.kinds = kinds;
        this.log = log;
    }

    /** One entry as a reader sees it. {@code job} is set for a background job's own entry. */
    record Entry(long id, OffsetDateTime at, String actor, AuditTrail.Action action, String kind, String record,
                 String history, String page, List<FieldComparison.Row> rows, Job job, Long batch) {
    }

    /** What a background job did, in words, and the address of the changes it wrote. */
    record Job(String outcome, long changes, String changesLink) {
    }

    List<Entry> entries(List<AuditTrail.Event> events, Locale locale) {
        var compare = new FieldComparison(messages, kinds, locale);
        Map<String, String> names = log.names(events.stream().map(AuditTrail.Event::actor).distinct().toList());
        Map<Long, Long> changes = log.changesOf(events.stream().filter(e -> e.action() == AuditTrail.Action.JOB)
                .map(AuditTrail.Event::id).toList());
        var unnamed = events.stream().filter(e -> e.recordName() == null && e.action() != AuditTrail.Action.JOB).toList();
        Map<String, AuditTrail.Event> named = log.lastNamed(unnamed.stream().map(AuditTrail.Event::recordType).toList(),
                unnamed.stream().map(AuditTrail.Event::recordId).toList());
        List<Entry> entries = new ArrayList<>(events.size());
        for (var e : events) {
            RecordState before = RecordState.of(e.before());
            RecordState after = RecordState.of(e.after());
            boolean isJob = e.action() == AuditTrail.Action.JOB;
            var naming = named.getOrDefault(e.recordType() + "|" + e.recordId(), e);
            entries.add(new Entry(e.id(), e.at(), actor(e.actor(), names.get(e.actor()), locale), e.action(), kind(e.recordType(), locale),
                    recordName(naming, stateOf(naming), locale),
                    isJob ? null : history(e.recordType(), e.recordId(), null, null),
                    kinds.page(e.recordType(), e.recordId()).orElse(null),
                    isJob ? List.of() : compare.rows(e.recordType(), before, after),
                    isJob ? job(e, after, changes.getOrDefault(e.id(), 0L), locale) : null, e.batchId()));
        }
        return entries;
    }

    /** One record's kind and name, for the page that lists only its changes. */
    String record(String type, String id, Locale locale) {
        AuditTrail.Event named = log.lastNamed(List.of(type), List.of(id)).get(type + "|" + id);
        String name = named != null ? recordName(named, stateOf(named), locale)
                : kinds.name(type, id, locale).orElseGet(() -> messages.getMessage("audit.record.numbered", new Object[]{id}, locale));
        return kind(type, locale) + " — " + name;
    }

    private static RecordState stateOf(AuditTrail.Event e) {
        if (e.action() == AuditTrail.Action.JOB) {
            return RecordState.EMPTY;
        }
        RecordState after = RecordState.of(e.after());
        return after.isEmpty() ? RecordState.of(e.before()) : after;
    }

    /**
     * A version of a record: the state it was left in by one entry, numbered from the first; version 0 (id 0, no
     * entry) is the record as the first recorded change found it, when the trail did not see it created.
     */
    record Version(int number, long id, OffsetDateTime at, String actor, AuditTrail.Action action, List<String> changed,
                   String job) {
    }

    /** A record's versions, and two of them compared field by field ({@code from} and {@code to} null if it has fewer than two). */
    record History(String type, String id, String kind, String record, String page, List<Version> versions,
                   Version from, Version to, List<FieldComparison.Row> rows) {
    }

    /** The versions of a record, and the two asked for compared (by default the last one against the one before). */
    History history(String type, String id, Long fromId, Long toId, Locale locale) {
        var compare = new FieldComparison(messages, kinds, locale);
        List<AuditTrail.Event> events = log.versions(type, id);
        Map<String, String> names = log.names(events.stream().map(AuditTrail.Event::actor).distinct().toList());
        List<Version> versions = new ArrayList<>();
        List<RecordState> states = new ArrayList<>();
        RecordState state = RecordState.EMPTY;
        if (!events.isEmpty() && events.get(0).action() != AuditTrail.Action.CREATE && events.get(0).before() != null) {
            state = RecordState.of(events.get(0).before()); // the record was there before the trail saw it: version 0
            states.add(state);
            versions.add(new Version(0, 0, null, null, null, List.of(), null));
        }
        int numbering = versions.isEmpty() ? 1 : 0;
        for (var e : events) {
            RecordState before = state;
            state = switch (e.action()) {
                case CREATE -> RecordState.of(e.after());
                case DELETE -> RecordState.EMPTY;
                default -> state.then(RecordState.of(e.after()));
            };
            states.add(state);
            versions.add(new Version(versions.size() + numbering, e.id(), e.at(), actor(e.actor(), names.get(e.actor()), locale), e.action(),
                    compare.labels(type, before, state), e.batchId() == null ? null
                    : UriComponentsBuilder.fromPath("/audit").queryParam("batch", e.batchId()).build().toUriString()));
        }
        RecordState named = states.stream().filter(s -> !s.isEmpty()).reduce((a, b) -> b).orElse(RecordState.EMPTY);
        String record = events.isEmpty() ? id : recordName(events.get(events.size() - 1), named, locale);
        int to = indexOf(versions, toId, versions.size() - 1);
        int from = indexOf(versions, fromId, to - 1);
        if (versions.size() < 2 || from < 0 || to < 0) {
            return new History(type, id, kind(type, locale), record, kinds.page(type, id).orElse(null), versions, null, null, List.of());
        }
        return new History(type, id, kind(type, locale), record, kinds.page(type, id).orElse(null), versions,
                versions.get(from), versions.get(to), compare.rows(type, states.get(from), states.get(to)));
    }

    private static int indexOf(List<Version> versions, Long id, int otherwise) {
        if (id != null) {
            for (int i = 0; i < versions.size(); i++) {
                if (versions.get(i).id() == id) {
                    return i;
                }
            }
        }
        return otherwise;
    }

    /** Who made a change: the name of their account (the username if the account is gone), or the platform itself. */
    String actor(String username, String accountName, Locale locale) {
        if (PLATFORM.equals(username)) {
            return messages.getMessage("audit.actor.platform", null, locale);
        }
        return accountName != null ? accountName : username;
    }

    /** A kind of record in the reader's words: "Organisation", "Activity". */
    String kind(String type, Locale locale) {
        String label = messages.getMessage("audit.type." + type, null, null, locale);
        return label != null ? label : FieldComparison.humanised(type.substring(type.lastIndexOf('.') + 1));
    }

    /** The record's name as this entry (or, for a partial change, the record's last named entry) gives it. */
    String recordName(AuditTrail.Event e, RecordState state, Locale locale) {
        for (String field : NAMING) {
            Object value = state.fields().get(field);
            if (value instanceof MultilingualText text) {
                return text.in(locale);
            }
            if (value instanceof String s) {
                return s;
            }
        }
        if (e.recordName() != null) {
            return e.recordName();
        }
        var named = kinds.name(e.recordType(), e.recordId(), locale);
        if (named.isPresent()) {
            return named.get();
        }
        return messages.getMessage("audit.record.numbered", new Object[]{e.recordId()}, locale);
    }

    static String history(String type, String id, Long from, Long to) {
        var uri = UriComponentsBuilder.fromPath("/audit/history").queryParam("type", type).queryParam("id", id);
        if (from != null && to != null) {
            uri.queryParam("from", from).queryParam("to", to);
        }
        return uri.encode().build().toUriString();
    }

    private Job job(AuditTrail.Event e, RecordState outcome, long changes, Locale locale) {
        var f = outcome.fields();
        String said;
        if (outcome.isEmpty()) {
            said = messages.getMessage("audit.job.unfinished", null, locale);
        } else if (Boolean.TRUE.equals(f.get("fatal"))) {
            said = messages.getMessage("audit.job.fatal", new Object[]{count(f.get("read"))}, locale);
        } else {
            said = messages.getMessage("audit.job.counts", new Object[]{count(f.get("read")), count(f.get("created")),
                    count(f.get("updated")), count(f.get("unchanged")), count(f.get("refused"))}, locale);
        }
        String link = UriComponentsBuilder.fromPath("/audit").queryParam("batch", e.id()).build().toUriString();
        return new Job(said, changes, link);
    }

    private static long count(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
