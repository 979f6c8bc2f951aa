package org.labourhub.projects.importing.iati;

import org.labourhub.projects.BudgetType;
import org.labourhub.projects.IatiCodelists;
import org.labourhub.projects.Money;
import org.labourhub.projects.Project;
import org.labourhub.projects.TransactionType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Checks and converts budgets and transactions: codes, periods in order, amounts, currencies and value dates. */
final class MoneyChecker {

    private final ActivityChecker checker;
    private final ActivityDraft d;

    MoneyChecker(ActivityChecker checker, ActivityDraft draft) {
        this.checker = checker;
        this.d = draft;
    }

    List<Project.Budget> budgets() {
        var budgets = new ArrayList<Project.Budget>();
        for (var b : d.budgets) {
            var type = BudgetType.ofCode(b.type());
            if (type.isEmpty()) {
                checker.problem(b.at(), "budget/@type", "code", b.type(), "BudgetType");
            }
            LocalDate start = b.periodStart() == null ? missing(b.at(), "budget/period-start")
                    : checker.values.date(b.periodStart().isoDate(), b.periodStart().at(), "budget/period-start/@iso-date");
            LocalDate end = b.periodEnd() == null ? missing(b.at(), "budget/period-end")
                    : checker.values.date(b.periodEnd().isoDate(), b.periodEnd().at(), "budget/period-end/@iso-date");
            if (start != null && end != null && end.isBefore(start)) {
                checker.problem(b.periodEnd().at(), "budget/period-end", "dateOrder", end, start);
                continue;
            }
            Money value = money(b.value(), b.at(), "budget/value");
            if (type.isPresent() && start != null && end != null && value != null) {
                budgets.add(new Project.Budget(type.get(), start, end, value));
            }
        }
        return budgets;
    }

    List<Project.Transaction> transactions(GeographyChecker geography) {
        var transactions = new ArrayList<Project.Transaction>();
        for (var t : d.transactions) {
            if (t.type() == null || !IatiCodelists.TRANSACTION_TYPE.contains(t.type())) {
                checker.problem(t.at(), "transaction/transaction-type/@code", t.type() == null ? "missing" : "code",
                        t.type(), "TransactionType");
                continue;
            }
            LocalDate date = t.date() == null ? missing(t.at(), "transaction/transaction-date")
                    : checker.values.date(t.date().isoDate(), t.date().at(), "transaction/transaction-date/@iso-date");
            Money value = money(t.value(), t.at(), "transaction/value");
            var kept = TransactionType.ofCode(t.type());
            String country = t.country() == null ? null : geography.country(t.country(), "transaction/recipient-country");
            Project.RegionCode region = t.region() == null ? null : geography.region(t.region(), "transaction/recipient-region");
            String description = checker.limited(ActivityChecker.first(t.description()), Limits.TRANSACTION_DESCRIPTION,
                    t.at(), "transaction/description/narrative");
            if (kept.isPresent() && date != null && value != null) {
                transactions.add(new Project.Transaction(kept.get(), date, value, description, country, region));
            }
        }
        return transactions;
    }

    private Money money(ActivityDraft.Value value, Located parent, String field) {
        if (value == null) {
            checker.problem(parent, field, "missing");
            return null;
        }
        String currency = value.currency() != null ? value.currency() : d.defaultCurrency;
        if (currency == null) {
            checker.problem(value.at(), field + "/@currency", "noCurrency");
        } else if (!Money.isCurrency(currency)) {
            checker.problem(value.at(), field + "/@currency", "code", currency, "Currency");
            currency = null;
        }
        LocalDate valueDate = checker.values.date(value.valueDate(), value.at(), field + "/@value-date");
        BigDecimal amount = checker.values.decimal(value.amount(), value.at(), field);
        if (amount != null && !Money.isStorable(amount)) {
            checker.problem(value.at(), field, "amountTooLarge", value.amount(), Money.LARGEST.toPlainString(), Money.MAX_DECIMALS);
            amount = null;
        }
        return currency == null || valueDate == null || amount == null ? null : new Money(amount, currency, valueDate);
    }

    private LocalDate missing(Located at, String field) {
        checker.problem(at, field, "missing");
        return null;
    }
}
