package org.labourhub.projects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A project's delivery: rate per year and cumulative, and the share of its time elapsed against money spent. */
@Component
class Delivery {

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
    record Year(int year, DeliveryRate rate, boolean unconverted) {
    }

    /** A project's delivery report. {@code timeElapsed} is null without both a start and an end date. */
    record Report(List<Year> years, DeliveryRate cumulative, Integer timeElapsedPercent, boolean unconverted) {
    }

    Report of(long projectId) {
        List<Year> years = jdbc.sql("""
                        select year, budget_usd, expenditure_usd, unconverted from projects.yearly_delivery
                        where project_id = ? order by year""").param(projectId)
                .query((rs, n) -> new Year(rs.getInt(1), new DeliveryRate(rs.getBigDecimal(2), rs.getBigDecimal(3)),
                        rs.getBoolean(4))).list();
        DeliveryRate total = years.stream().map(Year::rate).reduce(new DeliveryRate(BigDecimal.ZERO, BigDecimal.ZERO), DeliveryRate::plus);
        var dates = jdbc.sql("""
                        select coalesce(actual_start, planned_start) as start, coalesce(actual_end, planned_end) as finish
                        from projects.project where id = ?""").param(projectId)
                .query((rs, n) -> new LocalDate[]{ProjectReader.date(rs, 1), ProjectReader.date(rs, 2)}).optional()
                .orElse(new LocalDate[2]);
        return new Report(years, total, elapsed(dates[0], dates[1]), years.stream().anyMatch(Year::unconverted));
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
