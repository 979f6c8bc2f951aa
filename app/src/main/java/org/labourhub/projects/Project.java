package org.labourhub.projects;

import org.labourhub.platform.i18n.MultilingualText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A cooperation project as IATI 2.03 describes an activity, with LabourHub's themes and modality. The status is
 * null when the source does not give it. Every source
 * (IATI file, spreadsheet, demo data, a country's entry) produces one of these; the store writes it whole.
 */
public record Project(String iatiIdentifier, List<String> otherIdentifiers, String reportingOrgRef,
                      String reportingOrgName, String reportingOrgType, MultilingualText title,
                      MultilingualText description, ActivityStatus status, Dates dates, Modality modality,
                      String defaultCurrency, List<Participant> participants, List<CountryShare> countries,
                      List<RegionShare> regions, List<Location> locations, List<SectorShare> sectors, Set<Theme> themes, List<String> sdgTargets, List<Budget> budgets,
                      List<Transaction> transactions, List<DocumentLink> documents, List<Result> results) {

    public Project {
        Objects.requireNonNull(title, "title");
        dates = dates == null ? Dates.NONE : dates;
        otherIdentifiers = List.copyOf(otherIdentifiers);
        participants = List.copyOf(participants);
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
        locations = locations == null ? List.of() : List.copyOf(locations);
        sectors = List.copyOf(sectors);
        themes = Set.copyOf(themes);
        sdgTargets = List.copyOf(sdgTargets);
        budgets = List.copyOf(budgets);
        transactions = List.copyOf(transactions);
        documents = List.copyOf(documents);
        results = List.copyOf(results);
    }

    /** Planned and actual start and end; an end never comes before its start. */
    public record Dates(LocalDate plannedStart, LocalDate actualStart, LocalDate plannedEnd, LocalDate actualEnd) {
        public static final Dates NONE = new Dates(null, null, null, null);

        public Dates {
            if (plannedStart != null && plannedEnd != null && plannedEnd.isBefore(plannedStart)) {
                throw new IllegalArgumentException("The planned end " + plannedEnd + " is before the planned start " + plannedStart);
            }
            if (actualStart != null && actualEnd != null && actualEnd.isBefore(actualStart)) {
                throw new IllegalArgumentException("The actual end " + actualEnd + " is before the actual start " + actualStart);
            }
        }

        public LocalDate start() {
            return actualStart != null ? actualStart : plannedStart;
        }

        public LocalDate end() {
            return actualEnd != null ? actualEnd : plannedEnd;
        }
    }

    /** A participating organisation; {@code organisationId} is its directory id when the directory knows it. */
    public record Participant(ParticipantRole role, String ref, String name, String type, Long organisationId) {
        public Participant {
            Objects.requireNonNull(role, "role");
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("A participating organisation needs a name");
            }
        }
    }

    public record CountryShare(String iso2, BigDecimal percentage) {
        public CountryShare {
            Percentages.check(percentage);
        }
    }

    /** A region by code of a vocabulary; regions of LabourHub's own vocabulary (99) carry their name. */
    public record RegionShare(String code, String vocabulary, BigDecimal percentage, MultilingualText name) {
        public RegionShare {
            Percentages.check(percentage);
        }
    }

    /**
     * A sector by code of a vocabulary (IATI's SectorVocabulary: 1 is the DAC 5-digit purpose code, 2 the DAC 3-digit
     * category, 98 and 99 the reporting organisation's own, named by {@code vocabularyUri}).
     */
    public record SectorShare(String code, String vocabulary, String vocabularyUri, BigDecimal percentage) {
        public static final String DAC = "1";

        public SectorShare {
            vocabulary = vocabulary == null ? DAC : vocabulary;
            if (code == null || code.isBlank() || DAC.equals(vocabulary) && !code.matches("[0-9]{5}")) {
                throw new IllegalArgumentException("Not a sector code of vocabulary " + vocabulary + ": " + code);
            }
            Percentages.check(percentage);
        }

        /** A DAC 5-digit purpose code. */
        public SectorShare(String code, BigDecimal percentage) {
            this(code, DAC, null, percentage);
        }

        public boolean isDac() {
            return DAC.equals(vocabulary);
        }
    }

    /**
     * Where the project works, as an IATI location gives it: a reference, a name, the administrative areas it lies in
     * (by vocabulary, level and code) and a point.
     */
    public record Location(String ref, MultilingualText name, List<Administrative> administrative, Double latitude,
                           Double longitude) {
        public Location {
            administrative = List.copyOf(administrative);
        }
    }

    /** An administrative area of a location: its code in a vocabulary (IATI GeographicVocabulary) at a level. */
    public record Administrative(String vocabulary, Integer level, String code) {
    }

    public record Budget(BudgetType type, LocalDate periodStart, LocalDate periodEnd, Money value) {
        public Budget {
            if (periodEnd.isBefore(periodStart)) {
                throw new IllegalArgumentException("A budget period ends before it starts: " + periodStart + " – " + periodEnd);
            }
        }
    }

    /**
     * A transaction; its recipient country or region is given when the source gives geography on transactions rather
     * than on the activity.
     */
    public record Transaction(TransactionType type, LocalDate date, Money value, String description,
                              String recipientCountry, RegionCode recipientRegion) {

        public Transaction(TransactionType type, LocalDate date, Money value, String description) {
            this(type, date, value, description, null, null);
        }
    }

    /** A region by code of a vocabulary (IATI RegionVocabulary; 1 is the OECD DAC's). */
    public record RegionCode(String code, String vocabulary) {
    }

    /** A document; the source documents name some with no address, so the address may be missing. */
    public record DocumentLink(String url, String format, MultilingualText title, String category, MultilingualText note) {
    }

    public record Result(ResultType type, MultilingualText title, List<Indicator> indicators) {
        public Result {
            indicators = List.copyOf(indicators);
        }
    }

    public record Indicator(IndicatorMeasure measure, MultilingualText title, Integer baselineYear,
                            String baselineValue, String targetValue, String actualValue, Integer periodYear) {
    }
}
