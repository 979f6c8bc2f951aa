package org.labourhub.projects.duplicates;

import org.labourhub.platform.i18n.Formats;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.projects.Project;
import org.springframework.context.MessageSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A record's value of one merge field, as lines a reader reads: dates, money and names in the reader's language. */
final class MergeValues {

    /** One line of a value; {@code lang} is the language of a text a person wrote, null for what LabourHub words. */
    record Line(String text, String lang) {
        static Line of(String text) {
            return new Line(text, null);
        }
    }

    private final MessageSource messages;
    private final Locale locale;
    private final Formats formats;

    MergeValues(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.formats = Formats.of(locale, messages);
    }

    List<Line> of(MergeField field, ProjectMerge.Record record) {
        if (!record.has(field)) {
            return List.of();
        }
        Project p = record.project();
        return switch (field) {
            case TITLE -> List.of(text(p.title()));
            case DESCRIPTION -> List.of(text(p.description()));
            case FACTS -> List.of(text(record.facts()));
            case REPORTING_ORG -> List.of(Line.of(p.reportingOrgName() != null ? p.reportingOrgName() : p.reportingOrgRef()));
            case STATUS -> List.of(Line.of(message("projects.status." + p.status().name())));
            case PLANNED_DATES -> List.of(Line.of(formats.period(p.dates().plannedStart(), p.dates().plannedEnd())));
            case ACTUAL_DATES -> List.of(Line.of(formats.period(p.dates().actualStart(), p.dates().actualEnd())));
            case MODALITY -> List.of(Line.of(message("projects.modality." + p.modality().name())));
            case PARTICIPANTS -> p.participants().stream()
                    .map(o -> Line.of(message("projects.participant", o.name(), message("projects.role." + o.role().name())))).toList();
            case PLACES -> places(p);
            case SECTORS -> p.sectors().stream().map(s -> Line.of(share(s.code(), s.percentage()))).toList();
            case THEMES -> p.themes().stream().map(t -> message("projects.theme." + t.name())).sorted().map(Line::of).toList();
            case SDG_TARGETS -> p.sdgTargets().stream().map(Line::of).toList();
            case BUDGETS -> p.budgets().stream().map(b -> Line.of(message("projects.merge.budget",
                    formats.period(b.periodStart(), b.periodEnd()), formats.money(b.value().amount(), b.value().currency()),
                    message("projects.budget." + b.type().name())))).toList();
            case TRANSACTIONS -> p.transactions().stream().map(t -> Line.of(message("projects.merge.transaction",
                    formats.date(t.date()), formats.money(t.value().amount(), t.value().currency()),
                    message("projects.transaction." + t.type().name())))).toList();
            case RESULTS -> p.results().stream().map(r -> new Line(message("projects.merge.result", r.title().in(locale),
                    r.indicators().size()), r.title().shownIn(locale).code())).toList();
            case DOCUMENTS -> p.documents().stream().map(d -> text(d.title())).toList();
        };
    }

    private List<Line> places(Project p) {
        var lines = new ArrayList<Line>();
        p.countries().forEach(c -> lines.add(Line.of(share(new Locale("", c.iso2()).getDisplayCountry(locale), c.percentage()))));
        p.regions().forEach(r -> lines.add(r.name() != null ? new Line(share(r.name().in(locale), r.percentage()), r.name().shownIn(locale).code())
                : Line.of(share(r.code(), r.percentage()))));
        return lines;
    }

    private String share(String what, java.math.BigDecimal percentage) {
        return percentage == null ? what : message("projects.merge.share", what, formats.percent(percentage));
    }

    private Line text(MultilingualText text) {
        return new Line(text.in(locale), text.shownIn(locale).code());
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
