package org.labourhub.accounts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The audit trail for the secretariat and administrators: every change, newest first, a page at a time, filtered by
 * person, module, record and date (the filter in the address); and one record's versions, any two compared.
 */
@Controller
class AuditController {

    private final AuditLog log;
    private final AuditPages pages;
    private final AuditedKinds kinds;
    private final AccountsPolicy policy;
    private final MessageSource messages;

    AuditController(AuditLog log, AuditPages pages, AuditedKinds kinds, AccountsPolicy policy, MessageSource messages) {
        this.log = log;
        this.pages = pages;
        this.kinds = kinds;
        this.policy = policy;
        this.messages = messages;
    }

    /** A choice in one of the filter's lists. */
    record Option(String value, String label) {
    }

    @GetMapping("/audit")
    String trail(AuditFilter filter, Model model, Locale locale) {
        policy.requireAuditReader(Actor.current());
        AuditLog.Page page = log.find(filter);
        List<AuditTrail.Event> entries = page.entries();
        model.addAttribute("filter", filter);
        model.addAttribute("entries", pages.entries(entries, locale));
        model.addAttribute("newer", page.newer() ? filter.link(null, entries.isEmpty() ? null : entries.get(0).id()) : null);
        model.addAttribute("older", page.older() ? filter.link(entries.get(entries.size() - 1).id(), null) : null);
        model.addAttribute("people", sorted(log.people().stream()
                .map(p -> new Option(p.username(), pages.actor(p.username(), p.name(), locale)))
                .toList(), locale));
        model.addAttribute("modules", sorted(kinds.modules().stream()
                .map(m -> new Option(m, messages.getMessage("audit.module." + m, null, m, locale))).toList(), locale));
        model.addAttribute("kinds", sorted(kinds.types().stream().map(t -> new Option(t, pages.kind(t, locale))).toList(), locale));
        if (filter.type() != null && filter.id() != null) {
            model.addAttribute("record", pages.record(filter.type(), filter.id(), locale));
            model.addAttribute("everyRecord", filter.linkWithoutRecord());
        }
        if (filter.batch() != null) {
            model.addAttribute("job", log.entry(filter.batch())
                    .filter(e -> e.action() == AuditTrail.Action.JOB)
                    .map(e -> pages.entries(List.of(e), locale).get(0)).orElse(null));
        }
        return "accounts/audit";
    }

    @GetMapping("/audit/history")
    String history(@RequestParam String type, @RequestParam String id, @RequestParam(required = false) Long from,
                   @RequestParam(required = false) Long to, Model model, Locale locale) {
        policy.requireAuditReader(Actor.current());
        AuditPages.History history = pages.history(type, id, from, to, locale);
        model.addAttribute("history", history);
        return "accounts/history";
    }

    private static List<Option> sorted(List<Option> options, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return options.stream().sorted(Comparator.comparing(Option::label, collator)).toList();
    }
}
