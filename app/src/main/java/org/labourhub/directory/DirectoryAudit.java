package org.labourhub.directory;

import org.labourhub.accounts.AuditedRecords;
import org.labourhub.platform.i18n.Language;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The directory's records in the audit trail: their pages, and in words the codes and references they hold (a
 * country by its name, an organisation, person or network by theirs, a type or constituency by its label). Country
 * codes in other modules' records are named here too.
 */
@Component
class DirectoryAudit implements AuditedRecords {

    static final String ORGANISATION = "directory.organisation";
    static final String PERSON = "directory.person";
    static final String FOCAL_POINT = "directory.focal_point";
    static final String COUNTRY = "directory.country";
    static final String REVISION = "directory.country-revision";

    private final JdbcClient jdbc;
    private final Directory directory;
    private final MessageSource messages;

    DirectoryAudit(JdbcClient jdbc, Directory directory, MessageSource messages) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public String module() {
        return "directory";
    }

    @Override
    public Set<String> types() {
        return Set.of(ORGANISATION, PERSON, FOCAL_POINT, COUNTRY, REVISION);
    }

    @Override
    public Optional<String> page(String type, String id) {
        return switch (type) {
            case ORGANISATION -> id.matches("\\d+") ? Optional.of("/organisations/" + id) : Optional.empty();
            case PERSON -> id.matches("\\d+") ? Optional.of("/people/" + id) : Optional.empty();
            case COUNTRY -> directory.country(id).map(c -> "/countries/" + c.iso2());
            case REVISION -> revisedCountry(id).map(iso2 -> "/countries/" + iso2);
            case FOCAL_POINT -> id.matches("\\d+")
                    ? jdbc.sql("select person_id from directory.focal_point where id = ?").param(Long.parseLong(id))
                    .query(Long.class).optional().map(person -> "/people/" + person)
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> name(String type, String id, Locale locale) {
        if (COUNTRY.equals(type)) {
            return country(id, locale);
        }
        if (REVISION.equals(type)) {
            return revisedCountry(id).flatMap(iso2 -> country(iso2, locale));
        }
        if (FOCAL_POINT.equals(type) && id.matches("\\d+")) {
            return jdbc.sql("select person_id, country_iso2 from directory.focal_point where id = ?").param(Long.parseLong(id))
                    .query((rs, n) -> person(rs.getLong(1), locale).orElse("") + " (" + country(rs.getString(2), locale).orElse("") + ")")
                    .optional();
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> describe(String type, String field, Object value, Locale locale) {
        String last = field.substring(field.lastIndexOf('.') + 1);
        if (value instanceof String code) {
            return switch (last) {
                case "countryIso2", "country", "iso2", "countries" -> country(code, locale);
                case "constituency" -> label("constituency." + code, locale);
                case "state" -> REVISION.equals(type) ? label("platform.publication.state." + code, locale) : Optional.empty();
                case "languages", "language" -> label("language." + code.toLowerCase(Locale.ROOT), locale);
                case "type" -> ORGANISATION.equals(type) ? label("directory.type." + code, locale) : Optional.empty();
                default -> Optional.empty();
            };
        }
        if (value instanceof Number id && type != null && types().contains(type)) {
            return switch (last) {
                case "parentId", "organisationId", "labourMinistryId" -> directory.organisation(id.longValue()).map(o -> o.name().in(locale));
                case "personId" -> person(id.longValue(), locale);
                case "networkId" -> jdbc.sql("select name::text from directory.network where id = ?").param(id.longValue())
                        .query(String.class).optional().map(n -> org.labourhub.platform.i18n.MultilingualTextJson.read(n).in(locale));
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    private Optional<String> revisedCountry(String revision) {
        return revision.matches("\\d{1,18}")
                ? jdbc.sql("select country_iso2 from directory.country_revision where id = ?").param(Long.parseLong(revision))
                .query(String.class).optional()
                : Optional.empty();
    }

    private Optional<String> country(String code, Locale locale) {
        return code.length() == 2 ? directory.country(code.toUpperCase(Locale.ROOT)).map(c -> c.name().in(locale)) : Optional.empty();
    }

    private Optional<String> person(long id, Locale locale) {
        return jdbc.sql("select name, position::text as position from directory.person where id = ?").param(id)
                .query((rs, n) -> rs.getString("name") != null ? rs.getString("name")
                        : org.labourhub.platform.i18n.MultilingualTextJson.read(rs.getString("position")).in(locale))
                .optional();
    }

    private Optional<String> label(String code, Locale locale) {
        return Optional.ofNullable(messages.getMessage(code, null, null, Language.of(locale).locale()));
    }
}
