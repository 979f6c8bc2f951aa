package org.labourhub.projects.monitoring;

import org.springframework.context.ApplicationEventPublisher;
import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.platform.training.TrainingNotice;
import org.labourhub.platform.web.NumberInput;
import org.labourhub.projects.Money;
import org.labourhub.projects.ProjectsChanged;
import org.labourhub.projects.ProjectsPolicy;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The secretariat's table of exchange rates (units of a currency per US dollar, per year) that converts totals. */
@Controller
class ExchangeRates {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ProjectsPolicy policy;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    /** A rate as its column ({@code numeric(18, 6)}, positive) holds it. */
    private static final NumberInput UNITS_PER_USD = new NumberInput(12, 6, new BigDecimal("0.000001"),
            new BigDecimal("999999999999.999999"));

    ExchangeRates(JdbcClient jdbc, AuditTrail audit, ProjectsPolicy policy, ApplicationEventPublisher events, MessageSource messages) {
        this.events = events;
        this.messages = messages;
        this.jdbc = jdbc;
        this.audit = audit;
        this.policy = policy;
    }

    record Rate(String currency, int year, BigDecimal unitsPerUsd) {
    }

    @GetMapping("/projects/exchange-rates")
    String page(Model model) {
        model.addAttribute("rates", jdbc.sql("select currency, year, units_per_usd from projects.exchange_rate order by currency, year")
                .query(Rate.class).list());
        model.addAttribute("missing", jdbc.sql("""
                select distinct currency from (select currency from projects.budget union select currency from projects.transaction) c
                where currency <> 'USD' and currency not in (select currency from projects.exchange_rate) order by 1""")
                .query(String.class).list());
        model.addAttribute("mayChange", policy.mayMaintainReferenceData(Actor.current()));
        Set<String> fictional = jdbc.sql("select currency || '/' || year from projects.exchange_rate where training")
                .query(String.class).set();
        model.addAttribute("fictional", fictional);
        if (!fictional.isEmpty()) {
            TrainingNotice.includes(model);
        }
        return "projects/exchange-rates";
    }

    @PostMapping("/projects/exchange-rates")
    @Transactional
    String save(@RequestParam String currency, @RequestParam int year, @RequestParam String unitsPerUsd, Locale locale,
                RedirectAttributes redirect) {
        ProjectsPolicy.require(policy.mayMaintainReferenceData(Actor.current()), "exchange rates");
        var problem = UNITS_PER_USD.problem(unitsPerUsd);
        if (problem.isPresent()) {
            redirect.addFlashAttribute("rateProblem", messages.getMessage(problem.get(), locale));
            return "redirect:/projects/exchange-rates?invalid";
        }
        BigDecimal units = NumberInput.number(unitsPerUsd);
        String code = currency.strip().toUpperCase(Locale.ROOT);
        if (!Money.isCurrency(code) || units.signum() <= 0 || year < 1950 || year > 2100) {
            return "redirect:/projects/exchange-rates?invalid";
        }
        List<Rate> before = jdbc.sql("select currency, year, units_per_usd from projects.exchange_rate where currency = ? and year = ?")
                .params(code, year).query(Rate.class).list();
        jdbc.sql("""
                insert into projects.exchange_rate (currency, year, units_per_usd) values (?, ?, ?)
                on conflict (currency, year) do update set units_per_usd = excluded.units_per_usd, training = false""")
                .params(code, year, units).update(); // a rate the secretariat sets is its own, no longer fictional
        Rate after = new Rate(code, year, units);
        events.publishEvent(new ProjectsChanged()); // amounts in US dollars change
        if (before.isEmpty()) {
            audit.created("projects.exchange_rate", code + "/" + year, after);
        } else {
            audit.updated("projects.exchange_rate", code + "/" + year, before.get(0), after);
        }
        return "redirect:/projects/exchange-rates?saved";
    }

}
