package org.labourhub.projects.duplicates;

import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.projects.Project;
import org.labourhub.projects.duplicates.MergeField.Side;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Two records of one project made into one, field by field, as the reader chose: each field from the kept record,
 * from the one merged into it, or, for list-like fields, from both (items both records have are kept once; shares
 * of countries or sectors taken from both no longer add up, so they are dropped). The kept record keeps its
 * identifiers. Plain domain code: no database, no Spring.
 */
final class ProjectMerge {

    /** One record of the pair: the project, its text on what the sources say, and when it was last written. */
    record Record(Project project, MultilingualText facts, OffsetDateTime updatedAt) {
        boolean has(MergeField field) {
            return field == MergeField.FACTS ? facts != null : field.in(project);
        }
    }

    private final Record kept;
    private final Record merged;

    ProjectMerge(Record kept, Record merged) {
        this.kept = kept;
        this.merged = merged;
    }

    /** The fields either record has a value for, in the order a reader meets them. */
    List<MergeField> fields() {
        return EnumSet.allOf(MergeField.class).stream().filter(f -> kept.has(f) || merged.has(f)).toList();
    }

    /** The side a field comes from unless the reader says otherwise: the record with a value; of two, the more recent. */
    Side proposed(MergeField field) {
        if (kept.has(field) != merged.has(field)) {
            return kept.has(field) ? Side.KEPT : Side.MERGED;
        }
        boolean mergedNewer = merged.updatedAt() != null && kept.updatedAt() != null && merged.updatedAt().isAfter(kept.updatedAt());
        return mergedNewer ? Side.MERGED : Side.KEPT;
    }

    /** The reader's choices, completed with the proposed side where none (or "both" for a field that is not a list) was given. */
    Map<MergeField, Side> settle(Map<MergeField, Side> asked) {
        var settled = new EnumMap<MergeField, Side>(MergeField.class);
        for (MergeField field : MergeField.values()) {
            Side side = asked.get(field);
            settled.put(field, side == null || (side == Side.BOTH && !field.combinable()) ? proposed(field) : side);
        }
        return settled;
    }

    /** The merged project; {@code choices} as {@link #settle} gives them. */
    Project project(Map<MergeField, Side> choices) {
        Project k = kept.project();
        Project m = merged.project();
        Project from = pick(choices, MergeField.REPORTING_ORG);
        Project planned = pick(choices, MergeField.PLANNED_DATES);
        Project actual = pick(choices, MergeField.ACTUAL_DATES);
        var dates = new Project.Dates(planned.dates().plannedStart(), actual.dates().actualStart(),
                planned.dates().plannedEnd(), actual.dates().actualEnd());
        Side places = choices.get(MergeField.PLACES);
        return new Project(k.iatiIdentifier(), k.otherIdentifiers(), from.reportingOrgRef(), from.reportingOrgName(), from.reportingOrgType(),
                pick(choices, MergeField.TITLE).title(), pick(choices, MergeField.DESCRIPTION).description(),
                pick(choices, MergeField.STATUS).status(), dates, pick(choices, MergeField.MODALITY).modality(),
                k.defaultCurrency() != null ? k.defaultCurrency() : m.defaultCurrency(),
                list(choices, MergeField.PARTICIPANTS, Project::participants, p -> p.role() + "|" + p.name().strip().toLowerCase(Locale.ROOT)),
                shares(places, Project::countries, Project.CountryShare::iso2, c -> new Project.CountryShare(c.iso2(), null)),
                shares(places, Project::regions, r -> r.vocabulary() + "|" + r.code(),
                        r -> new Project.RegionShare(r.code(), r.vocabulary(), null, r.name())),
                list(choices, MergeField.PLACES, Project::locations, l -> l),
                shares(choices.get(MergeField.SECTORS), Project::sectors, s -> s.vocabulary() + "|" + s.code(),
                        s -> new Project.SectorShare(s.code(), s.vocabulary(), s.vocabularyUri(), null)),
                new java.util.HashSet<>(list(choices, MergeField.THEMES, p -> List.copyOf(p.themes()), Enum::name)),
                list(choices, MergeField.SDG_TARGETS, Project::sdgTargets, t -> t),
                list(choices, MergeField.BUDGETS, Project::budgets, b -> b),
                list(choices, MergeField.TRANSACTIONS, Project::transactions, t -> t),
                list(choices, MergeField.DOCUMENTS, Project::documents, d -> d),
                list(choices, MergeField.RESULTS, Project::results, r -> r));
    }

    /** The merged text on what the sources say. */
    MultilingualText facts(Map<MergeField, Side> choices) {
        return choices.get(MergeField.FACTS) == Side.MERGED ? merged.facts() : kept.facts();
    }

    private Project pick(Map<MergeField, Side> choices, MergeField field) {
        return choices.get(field) == Side.MERGED ? merged.project() : kept.project();
    }

    /** A list field from one side, or both sides' items with those both have kept once, the kept record's first. */
    private <T> List<T> list(Map<MergeField, Side> choices, MergeField field, Function<Project, List<T>> items,
                             Function<T, Object> identity) {
        Side side = choices.get(field);
        if (side != Side.BOTH) {
            return items.apply(side == Side.MERGED ? merged.project() : kept.project());
        }
        var seen = new LinkedHashSet<Object>();
        var both = new ArrayList<T>();
        for (T item : concat(items.apply(kept.project()), items.apply(merged.project()))) {
            if (seen.add(identity.apply(item))) {
                both.add(item);
            }
        }
        return both;
    }

    /** Shares from one side; from both, each place or sector once and without its share, which no longer adds up. */
    private <T> List<T> shares(Side side, Function<Project, List<T>> items, Function<T, Object> identity,
                               Function<T, T> withoutShare) {
        if (side != Side.BOTH) {
            return items.apply(side == Side.MERGED ? merged.project() : kept.project());
        }
        List<T> ofKept = items.apply(kept.project());
        var known = new LinkedHashSet<Object>();
        ofKept.forEach(item -> known.add(identity.apply(item)));
        List<T> added = items.apply(merged.project()).stream().filter(item -> known.add(identity.apply(item))).toList();
        if (added.isEmpty()) {
            return ofKept;
        }
        if (ofKept.isEmpty()) {
            return added;
        }
        return concat(ofKept, added).stream().map(withoutShare).toList();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        var all = new ArrayList<T>(first);
        all.addAll(second);
        return all;
    }
}
