package org.labourhub.accounts;

import org.labourhub.platform.Constituency;
import org.labourhub.platform.CountryCodes;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.platform.web.RecordNotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The administrator's account pages: list, create, change role, scope, password or access. */
@Controller
@RequestMapping("/admin/accounts")
class AccountsController {

    private final Accounts accounts;
    private final AccountsPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final CountryCodes countries;
    private final AccountSessions sessions;

    AccountsController(Accounts accounts, AccountsPolicy policy, PasswordEncoder encoder, AuditTrail audit,
                       Optional<CountryCodes> countries, AccountSessions sessions) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.countries = countries.orElse(code -> code.matches("[A-Z]{2}"));
    }

    @ModelAttribute
    void choices(Model model, Locale locale) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("constituencies", Constituency.values());
        model.addAttribute("countryOptions", countries.countryChoices(locale));
    }

    @GetMapping
    String list(Model model) {
        policy.requireAccountManager(Actor.current());
        model.addAttribute("accounts", accounts.all());
        return "accounts/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        policy.requireAccountManager(Actor.current());
        model.addAttribute("form", new AccountForm());
        return "accounts/form";
    }

    @PostMapping("/new")
    @Transactional
    String create(@ModelAttribute("form") AccountForm form, BindingResult errors) {
        policy.requireAccountManager(Actor.current());
        form.validate(errors, true, countries);
        if (accounts.byUsername(form.getUsername().strip()).isPresent()) {
            errors.rejectValue("username", "accounts.validation.taken");
        }
        if (errors.hasErrors()) {
            return "accounts/form";
        }
        Account account = form.toAccount(null, encoder.encode(form.getPassword()));
        try {
            long id = accounts.add(account);
            audit.created("account", id, summary(account));
        } catch (DuplicateKeyException e) {
            errors.rejectValue("username", "accounts.validation.taken");
            return "accounts/form";
        }
        return "redirect:/admin/accounts?saved";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        policy.requireAccountManager(Actor.current());
        Account account = accounts.byId(id).orElseThrow(() -> new RecordNotFound("account", id));
        model.addAttribute("form", AccountForm.of(account));
        model.addAttribute("accountId", id);
        return "accounts/form";
    }

    @PostMapping("/{id}/edit")
    @Transactional
    String update(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult errors, Model model) {
        policy.requireAccountManager(Actor.current());
        Account before = accounts.byId(id).orElseThrow(() -> new RecordNotFound("account", id));
        model.addAttribute("accountId", id);
        form.setUsername(before.username());
        form.validate(errors, false, countries);
        if (errors.hasErrors()) {
            return "accounts/form";
        }
        String hash = form.getPassword().isEmpty() ? before.passwordHash() : encoder.encode(form.getPassword());
        Account after = form.toAccount(id, hash);
        try {
            accounts.update(after);
        } catch (ConcurrentEdit e) {
            model.addAttribute("conflict", true);
            return "accounts/form";
        }
        audit.updated("account", id, summary(before), summary(after));
        if (changesWhoMayDoWhat(before, after)) {
            sessions.endAllOf(before.username());
        }
        return "redirect:/admin/accounts?saved";
    }

    /** Access, role, scope or password changed: rights held by open sessions are no longer the account's. */
    private static boolean changesWhoMayDoWhat(Account before, Account after) {
        return before.enabled() != after.enabled() || before.role() != after.role()
                || !Objects.equals(before.countryCode(), after.countryCode())
                || before.constituency() != after.constituency()
                || !before.passwordHash().equals(after.passwordHash());
    }

    /** What the audit trail keeps of an account: never the password hash. */
    private static Map<String, Object> summary(Account a) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("username", a.username());
        m.put("displayName", a.displayName());
        m.put("role", a.role().name());
        m.put("country", a.countryCode());
        m.put("constituency", a.constituency() == null ? null : a.constituency().name());
        m.put("enabled", a.enabled());
        return m;
    }
}
