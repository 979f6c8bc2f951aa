package org.labourhub.accounts;

import org.labourhub.platform.Constituency;
import org.labourhub.platform.CountryCodes;
import org.springframework.validation.Errors;

import java.util.Locale;

/** What the administrator types to create or change an account. */
class AccountForm {

    static final int MIN_PASSWORD = 12;
    /** bcrypt reads no more than 72 bytes of a password (and refuses a longer one). */
    static final int MAX_PASSWORD_BYTES = 72;

    private String username = "";
    private String displayName = "";
    private Role role = Role.FOCAL_POINT;
    private String countryCode = "";
    private Constituency constituency;
    private boolean enabled = true;
    private String password = "";
    private int version;

    static AccountForm of(Account account) {
        var form = new AccountForm();
        form.username = account.username();
        form.displayName = account.displayName();
        form.role = account.role();
        form.countryCode = account.countryCode() == null ? "" : account.countryCode();
        form.constituency = account.constituency();
        form.enabled = account.enabled();
        form.version = account.version();
        return form;
    }

    /** Checks the form; every problem is attached to its field as a message key. */
    void validate(Errors errors, boolean creating, CountryCodes countries) {
        if (creating && !username.strip().toLowerCase(Locale.ROOT).matches("[a-z0-9._-]{3,60}")) {
            errors.rejectValue("username", "accounts.validation.username");
        }
        if (displayName.isBlank()) {
            errors.rejectValue("displayName", "validation.required");
        } else if (displayName.length() > 200) {
            errors.rejectValue("displayName", "validation.tooLong", new Object[]{200}, null);
        }
        if (role == null) {
            errors.rejectValue("role", "validation.choice");
        }
        if (role == Role.FOCAL_POINT) {
            String code = countryCode.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                errors.rejectValue("countryCode", "accounts.validation.scope");
            } else if (!countries.isKnown(code)) {
                errors.rejectValue("countryCode", "validation.unknownCountry", new Object[]{countryCode}, null);
            }
            if (constituency == null) {
                errors.rejectValue("constituency", "accounts.validation.scope");
            }
        }
        if ((creating || !password.isEmpty()) && password.length() < MIN_PASSWORD) {
            errors.rejectValue("password", "accounts.validation.password", new Object[]{MIN_PASSWORD}, null);
        } else if (tooLongToHash(password)) {
            errors.rejectValue("password", "accounts.validation.passwordTooLong", new Object[]{MAX_PASSWORD_BYTES}, null);
        }
    }

    static boolean tooLongToHash(String password) {
        return password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES;
    }

    Account toAccount(Long id, String passwordHash) {
        boolean focal = role == Role.FOCAL_POINT;
        return new Account(id, username.strip().toLowerCase(Locale.ROOT), displayName.strip(), passwordHash, role,
                focal ? countryCode.strip().toUpperCase(Locale.ROOT) : null, focal ? constituency : null, enabled, version);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? "" : username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName == null ? "" : displayName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) { this.countryCode = countryCode == null ? "" : countryCode; }
    public Constituency getConstituency() { return constituency; }
    public void setConstituency(Constituency constituency) { this.constituency = constituency; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password == null ? "" : password; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
