package org.labourhub.projects.importing.iati;

import org.labourhub.projects.IatiCodelists;
import org.labourhub.projects.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the activity works: recipient countries and regions — on the activity, or on every transaction instead, as
 * IATI 2.03 allows, never both — and locations with their administrative areas and point.
 */
final class GeographyChecker {

    private final ActivityChecker checker;
    private final ActivityDraft d;

    GeographyChecker(ActivityChecker checker, ActivityDraft draft) {
        this.checker = checker;
        this.d = draft;
    }

    List<Project.CountryShare> countries() {
        var shares = new ArrayList<Project.CountryShare>();
        var seen = new java.util.HashSet<String>();
        for (var c : d.countries) {
            if (country(c, "recipient-country") != null && once(seen, c.code(), c.at(), "recipient-country/@code")) {
                shares.add(new Project.CountryShare(c.code(), checker.values.percentage(c.percentage(), c.at(), "recipient-country/@percentage")));
            }
        }
        return shares;
    }

    List<Project.RegionShare> regions() {
        var shares = new ArrayList<Project.RegionShare>();
        var seen = new java.util.HashSet<String>();
        for (var r : d.regions) {
            if (region(r, "recipient-region") != null && once(seen, r.vocabulary() + " " + r.code(), r.at(), "recipient-region/@code")) {
                shares.add(new Project.RegionShare(r.code(), r.vocabulary(),
                        checker.values.percentage(r.percentage(), r.at(), "recipient-region/@percentage"),
                        checker.optionalText(r.name(), r.at(), "recipient-region")));
            }
        }
        var counted = new ArrayList<ActivityDraft.Share>(d.countries);
        d.regions.stream().filter(r -> r.vocabulary().equals("1")).forEach(counted::add);
        checker.values.shares(counted, "recipient-country/@percentage");
        return shares;
    }

    /** Whether a code comes for the first time; a second time is a warning, and only the first is kept. */
    private boolean once(java.util.Set<String> seen, String code, Located at, String field) {
        if (seen.add(code)) {
            return true;
        }
        checker.warning(at, field, "duplicate", code);
        return false;
    }

    /** A country code of IATI's Country codelist, else null and the problem named. */
    String country(ActivityDraft.Share c, String element) {
        if (c.code() == null || !IatiCodelists.COUNTRY.contains(c.code())) {
            checker.problem(c.at(), element + "/@code", c.code() == null ? "missing" : "code", c.code(), "Country");
            return null;
        }
        return c.code();
    }

    /** A region code (IATI's Region codelist for vocabulary 1; any code of another vocabulary), else null. */
    Project.RegionCode region(ActivityDraft.Share r, String element) {
        if (r.code() == null) {
            checker.problem(r.at(), element + "/@code", "missing");
            return null;
        }
        if (r.vocabulary().equals("1") && !IatiCodelists.REGION.contains(r.code())) {
            checker.problem(r.at(), element + "/@code", "code", r.code(), "Region");
            return null;
        }
        if (checker.limited(r.code(), Limits.CODE, r.at(), element + "/@code") == null
                || checker.limited(r.vocabulary(), Limits.TYPE, r.at(), element + "/@vocabulary") == null) {
            return null;
        }
        return new Project.RegionCode(r.code(), r.vocabulary());
    }

    /**
     * Geography goes on the activity or on every transaction: none at all, some transactions without, or both at once
     * are what the IATI Validator flags.
     */
    void checkWhere(List<Project.Transaction> transactions) {
        boolean onActivity = !d.countries.isEmpty() || !d.regions.isEmpty();
        var onTransactions = d.transactions.stream().filter(t -> t.country() != null || t.region() != null).toList();
        if (onActivity && !onTransactions.isEmpty()) {
            checker.problem(onTransactions.get(0).at(), "transaction/recipient-country", "geographyTwice");
        } else if (!onActivity && onTransactions.isEmpty()) {
            checker.problem(d.at, "recipient-country", "noGeography");
        } else if (!onActivity && onTransactions.size() < d.transactions.size()) {
            var without = d.transactions.stream().filter(t -> t.country() == null && t.region() == null).findFirst().orElseThrow();
            checker.problem(without.at(), "transaction/recipient-country", "transactionGeography");
        }
    }

    List<Project.Location> locations() {
        var locations = new ArrayList<Project.Location>();
        for (var l : d.locations) {
            var areas = new ArrayList<Project.Administrative>();
            for (var a : l.administrative()) {
                Integer level = null;
                if (a.level() != null) {
                    try {
                        level = Integer.valueOf(a.level());
                    } catch (NumberFormatException e) {
                        checker.problem(l.at(), "location/administrative/@level", "number", a.level());
                    }
                }
                if (a.code() != null && checker.limited(a.code(), Limits.CODE, l.at(), "location/administrative/@code") != null) {
                    areas.add(new Project.Administrative(a.vocabulary(), level, a.code()));
                }
            }
            Double[] point = point(l);
            locations.add(new Project.Location(checker.limited(l.ref(), Limits.REF, l.at(), "location/@ref"),
                    checker.optionalText(l.name(), l.at(), "location/name"), areas, point[0], point[1]));
        }
        return locations;
    }

    /** The point's latitude and longitude ("pos" holds both, in that order), or nulls. */
    private Double[] point(ActivityDraft.Location l) {
        if (l.pos() == null) {
            return new Double[2];
        }
        String[] parts = l.pos().strip().split("\\s+");
        try {
            double latitude = Double.parseDouble(parts[0]);
            double longitude = Double.parseDouble(parts[1]);
            if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
                return new Double[]{latitude, longitude};
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // named below
        }
        checker.problem(l.at(), "location/point/pos", "point", l.pos());
        return new Double[2];
    }
}
