package org.labourhub.accounts;

import org.labourhub.platform.i18n.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Accounts in their own audit trail: the account's page, its role in words. */
@Component
class AccountsAudit implements AuditedRecords {

    static final String ACCOUNT = "account";

    private final MessageSource messages;

    AccountsAudit(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String module() {
        return "accounts";
    }

    @Override
    public Set<String> types() {
        return Set.of(ACCOUNT);
    }

    @Override
    public Optional<String> page(String type, String id) {
        return id.matches("\\d{1,18}") ? Optional.of("/admin/accounts/" + id + "/edit") : Optional.empty();
    }

    @Override
    public Optional<String> describe(String type, String field, Object value, Locale locale) {
        if (ACCOUNT.equals(type) && "role".equals(field) && value instanceof String role) {
            return Optional.ofNullable(messages.getMessage("role." + role, null, null, Language.of(locale).locale()));
        }
        return Optional.empty();
    }
}
