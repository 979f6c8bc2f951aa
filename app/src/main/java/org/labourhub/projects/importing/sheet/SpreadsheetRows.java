package org.labourhub.projects.importing.sheet;

import org.labourhub.platform.TerritoryCode;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.projects.ActivityStatus;
import org.labourhub.projects.BudgetType;
import org.labourhub.projects.KnownCountries;
import org.labourhub.projects.Modality;
import org.labourhub.projects.Money;
import org.labourhub.projects.ParticipantRole;
import org.labourhub.projects.Project;
import org.labourhub.projects.ProjectTerritories;
import org.labourhub.projects.Theme;
import org.labourhub.projects.TransactionType;
import org.labourhub.projects.importing.SheetProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one spreadsheet row into a project through the column mapping, checking every cell it reads; a row with
 * any problem is refused whole, and each problem names the row, the column (letter and header) and the field.
 * Amounts in a row with no currency of its own are in the mapping's default currency.
 */
final class SpreadsheetRows {

    private final ColumnMapping mapping;
    private final List<String> header;
    private final Language language;

    SpreadsheetRows(ColumnMapping mapping, List<String> header) {
        this.mapping = mapping;
        this.header = header;
        this.language = Language.ofCode(mapping.language()).orElse(Language.ES);
    }

    /** The row's project, or the problems that refuse it. */
    record Converted(String key, Project project, List<SheetProblem> problems, Map<String, Object> raw) {
    }

    Converted convert(SheetRow row) {
        var problems = new ArrayList<SheetProblem>();
        var cells = new Cells(row, problems);
        String key = cells.text("key", true);
        String title = cells.text("title", true);
        LocalDate plannedStart = cells.date("plannedStart");
        LocalDate plannedEnd = cells.date("plannedEnd");
        LocalDate actualStart = cells.date("actualStart");
        LocalDate actualEnd = cells.date("actualEnd");
        cells.order(plannedStart, plannedEnd, "plannedEnd");
        cells.order(actualStart, actualEnd, "actualEnd");
        ActivityStatus status = cells.code("status", ActivityStatus.class);
        Modality modality = cells.code("modality", Modality.class);
        var countries = new ArrayList<Project.CountryShare>();
        for (String code : cells.list("countries")) {
            if (KnownCountries.isCountry(code.toUpperCase(Locale.ROOT))) {
                countries.add(new Project.CountryShare(code.toUpperCase(Locale.ROOT), null));
            } else {
                cells.problem("countries", "country", code);
            }
        }
        var territories = territories(cells, countries);
        var themes = EnumSet.noneOf(Theme.class);
        for (String theme : cells.list("themes")) {
            Theme t = cells.enumValue("themes", theme, Theme.class);
            if (t != null) {
                themes.add(t);
            }
        }
        var sectors = new ArrayList<Project.SectorShare>();
        for (String code : cells.list("sector")) {
            if (code.matches("[0-9]{5}")) {
                sectors.add(new Project.SectorShare(code, null));
            } else {
                cells.problem("sector", "sector", code);
            }
        }
        String currency = cells.currency();
        BigDecimal budget = cells.amount("budget");
        BigDecimal spent = cells.amount("expenditure");
        if ((budget != null || spent != null) && currency == null && !cells.hasProblem("currency")) {
            cells.problem("currency", "noCurrency");
        }
        LocalDate start = actualStart != null ? actualStart : plannedStart;
        LocalDate end = actualEnd != null ? actualEnd : plannedEnd;
        if ((budget != null || spent != null) && (start == null || end == null)) {
            cells.problem("budget", "noPeriod");
        }
        if (!problems.isEmpty()) {
            return new Converted(key, null, problems, Map.of());
        }
        var participants = new ArrayList<Project.Participant>();
        cells.list("funder").forEach(name -> participants.add(new Project.Participant(ParticipantRole.FUNDING, null, name, null, null)));
        cells.list("implementer").forEach(name -> participants.add(new Project.Participant(ParticipantRole.IMPLEMENTING, null, name, null, null)));
        String money = currency;
        var budgets = budget == null ? List.<Project.Budget>of()
                : List.of(new Project.Budget(BudgetType.ORIGINAL, start, end, new Money(budget, money, start)));
        var transactions = spent == null ? List.<Project.Transaction>of()
                : List.of(new Project.Transaction(TransactionType.EXPENDITURE, end.isBefore(LocalDate.now()) ? end : LocalDate.now(),
                new Money(spent, money, start), null));
        String description = cells.text("description", false);
        var project = new Project("XM-LABOURHUB-S-" + key.replaceAll("[^A-Za-z0-9-]", "-"), List.of(key), null, null, null,
                MultilingualText.of(language, title),
                description == null ? null : MultilingualText.of(language, description), status,
                new Project.Dates(plannedStart, actualStart, plannedEnd, actualEnd), modality, money, participants, countries,
                List.of(), ProjectTerritories.locations(territories), sectors, themes, List.of(), budgets, transactions,
                List.of(), List.of());
        return new Converted(key, project, List.of(), cells.raw());
    }

    /** The territories a row names; each must lie in one of the row's countries when the row names countries. */
    private static List<TerritoryCode> territories(Cells cells, List<Project.CountryShare> countries) {
        var codes = new ArrayList<TerritoryCode>();
        var named = countries.stream().map(Project.CountryShare::iso2).toList();
        for (String typed : cells.list("territories")) {
            var code = TerritoryCode.of(typed);
            if (code.isEmpty()) {
                cells.problem("territories", "territory", typed);
            } else if (!named.isEmpty() && !named.contains(code.get().country())) {
                cells.problem("territories", "territoryCountry", code.get().value(), String.join(", ", named));
            } else if (!codes.contains(code.get())) {
                codes.add(code.get());
            }
        }
        return codes;
    }

    /** Reads the mapped cells of one row, recording each problem with its row, column and field. */
    private final class Cells {
        private final SheetRow row;
        private final List<SheetProblem> problems;
        private final Map<String, Object> raw = new java.util.LinkedHashMap<>();

        Cells(SheetRow row, List<SheetProblem> problems) {
            this.row = row;
            this.problems = problems;
        }

        String text(String field, boolean required) {
            int column = mapping.column(field, header);
            String value = column < 0 ? "" : row.cell(column);
            boolean nul = value.indexOf('\0') >= 0; // PostgreSQL stores no NUL byte, not even in the raw record
            if (column >= 0) {
                raw.put(header.get(column), nul ? value.replace("\0", "") : value);
            }
            if (nul) {
                problem(field, "nul");
                return null;
            }
            if (value.isEmpty()) {
                if (required) {
                    problem(field, "missing");
                }
                return null;
            }
            if (value.length() > 2000) {
                problem(field, "tooLong", 2000);
                return null;
            }
            return value;
        }

        List<String> list(String field) {
            String value = text(field, false);
            return value == null ? List.of() : java.util.Arrays.stream(value.split("[;,|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        LocalDate date(String field) {
            String value = text(field, false);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
            } catch (DateTimeParseException e) {
                problem(field, "date", value);
                return null;
            }
        }

        void order(LocalDate start, LocalDate end, String endField) {
            if (start != null && end != null && end.isBefore(start)) {
                problem(endField, "dateOrder", end, start);
            }
        }

        BigDecimal amount(String field) {
            String value = text(field, false);
            if (value == null) {
                return null;
            }
            String plain = value.replace(" ", "").replace("\u00a0", "");
            plain = plain.contains(",") && !plain.contains(".") ? plain.replace(',', '.') : plain.replace(",", "");
            try {
                BigDecimal amount = new BigDecimal(plain);
                if (!Money.isStorable(amount)) {
                    problem(field, "amountTooLarge", value, Money.LARGEST.toPlainString());
                    return null;
                }
                return amount;
            } catch (NumberFormatException e) {
                problem(field, "number", value);
                return null;
            }
        }

        /** The row's currency, else the file's default; null when neither is given or the row's is no currency. */
        String currency() {
            String value = text("currency", false);
            if (value == null) {
                return mapping.defaultCurrency();
            }
            String code = value.toUpperCase(Locale.ROOT);
            if (!Money.isCurrency(code)) {
                problem("currency", "currency", value);
                return null;
            }
            return code;
        }

        boolean hasProblem(String field) {
            return problems.stream().anyMatch(p -> field.equals(p.field()));
        }

        <E extends Enum<E>> E code(String field, Class<E> type) {
            String value = text(field, false);
            return value == null ? null : enumValue(field, value, type);
        }

        <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
            String wanted = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(wanted)) {
                    return e;
                }
            }
            problem(field, "choice", value, String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }

        void problem(String field, String code, Object... args) {
            int column = mapping.column(field, header);
            String key = row.cell(mapping.column("key", header));
            problems.add(new SheetProblem(row.number(), column < 0 ? null : Spreadsheet.columnLetter(column),
                    column < 0 ? null : header.get(column), key.isEmpty() ? null : key, field, code,
                    java.util.Arrays.stream(args).map(String::valueOf).toList()));
        }

        Map<String, Object> raw() {
            raw.put("row", row.number());
            return raw;
        }
    }
}
