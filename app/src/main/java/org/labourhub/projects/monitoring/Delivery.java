package org.labourhub.projects.monitoring;

import org.labourhub.projects.ProjectReader;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A project's delivery: rate per year and cumulative, and the share of its time elapsed against money spent. */
@Component
public class Delivery {

    private final JdbcClient jdbc;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    Delivery(JdbcClient jdbc) {
        this(jdbc, Clock.systemDefaultZone());
    }

    Delivery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One year of a project: its budget, its expenditure, and whether a currency had no exchange rate. */
    public record Year(int year, DeliveryRate rate, boolean unconverted) {
    }

    /** A project's delivery report. {@code timeElapsed} is null without both a start and an end date. */
    public record Report(List<Year> years, DeliveryRate cumulative, Integer timeElapsedPercent, boolean unconverted) {
    }

    public Report of(long projectId) {
        return of(List.of(projectId)).get(projectId);
    }

    /** The delivery of each of these projects (every one of them has a report, empty without budget or spending). */
    public Map<Long, Report> of(Collection<Long> projectIds) {
        Long[] ids = projectIds.toArray(Long[]::new);
        Map<Long, List<Year>> years = new HashMap<>();
        jdbc.sql("""
                        select project_id, year, budget_usd, expenditure_usd, unconverted
                        from projects.yearly_delivery_of(?::bigint[]) order by project_id, year""").param(ids)
                .query((RowCallbackHandler) rs -> years.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(new Year(rs.getInt(2), new DeliveryRate(rs.getBigDecimal(3), rs.getBigDecimal(4)), rs.getBoolean(5))));
        Map<Long, Report> reports = new HashMap<>();
        jdbc.sql("""
                        select id, coalesce(actual_start, planned_start), coalesce(actual_end, planned_end)
                        from projects.project where id = any(?::bigint[])""").param(ids)
                .query((RowCallbackHandler) rs -> {
                    List<Year> of = years.getOrDefault(rs.getLong(1), List.of());
                    DeliveryRate total = of.stream().map(Year::rate)
                            .reduce(new DeliveryRate(BigDecimal.ZERO, BigDecimal.ZERO), DeliveryRate::plus);
                    reports.put(rs.getLong(1), new Report(of, total, elapsed(ProjectReader.date(rs, 2), ProjectReader.date(rs, 3)),
                            of.stream().anyMatch(Year::unconverted)));
                });
        for (long id : projectIds) {
            reports.putIfAbsent(id, new Report(List.of(), new DeliveryRate(BigDecimal.ZERO, BigDecimal.ZERO), null, false));
        }
        return reports;
    }

    Integer elapsed(LocalDate start, LocalDate end) {
        if (start == null || end == null || !end.isAfter(start)) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        long days = ChronoUnit.DAYS.between(start, end);
        long gone = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(start, today)));
        return (int) Math.round(gone * 100.0 / days);
    }
}
