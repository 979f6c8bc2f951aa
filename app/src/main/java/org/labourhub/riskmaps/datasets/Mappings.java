package org.labourhub.riskmaps.datasets;

import org.labourhub.accounts.AuditTrail;
import org.labourhub.riskmaps.DatasetKind;
import org.labourhub.riskmaps.Labels;
import org.labourhub.riskmaps.MappedCovariate;
import org.labourhub.riskmaps.Mapping;
import org.labourhub.riskmaps.ProfileTag;
import org.labourhub.riskmaps.RiskmapsJson;
import org.labourhub.riskmaps.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saved mappings of variables to the model's roles, by country, kind of file and name, so that the next round of a
 * survey is mapped in one step; each save is audited ({@value #TYPE}). Saving under a name already used for that
 * country and kind replaces it.
 */
@Component
public class Mappings {

    static final String TYPE = "variable-mapping";
    private static final String MALE = "male";
    private static final String FEMALE = "female";
    private static final TypeReference<Map<String, String>> ROLES = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, Object>>> COVARIATES = new TypeReference<>() { };
    private static final String COLUMNS = "id, country, kind, name, roles::text, covariates::text, saved_by, saved_at, version";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Mappings(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A mapping as saved: its id, country, who saved it and when. */
    public record SavedMapping(long id, String country, Mapping mapping, String savedBy, OffsetDateTime savedAt,
                               int version) {
    }

    /** A country's saved mappings for one kind of file, by name. */
    public List<SavedMapping> of(String country, DatasetKind kind) {
        return jdbc.sql("select " + COLUMNS + " from riskmaps.mapping where country = ? and kind = ? order by lower(name), id")
                .params(country, kind.name()).query(Mappings::saved).list();
    }

    public Optional<SavedMapping> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from riskmaps.mapping where id = ?").param(id)
                .query(Mappings::saved).optional();
    }

    /** Saves the mapping under its name for the country, replacing one of the same name and kind. */
    @Transactional
    public SavedMapping save(String country, Mapping mapping, String by) {
        Optional<SavedMapping> before = jdbc.sql("select " + COLUMNS
                        + " from riskmaps.mapping where country = ? and kind = ? and name = ? for update")
                .params(country, mapping.kind().name(), mapping.name()).query(Mappings::saved).optional();
        long id = jdbc.sql("""
                        insert into riskmaps.mapping (country, kind, name, roles, covariates, saved_by)
                        values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)
                        on conflict (country, kind, name) do update set roles = excluded.roles,
                            covariates = excluded.covariates, saved_by = excluded.saved_by, saved_at = now(),
                            version = riskmaps.mapping.version + 1
                        returning id""")
                .params(country, mapping.kind().name(), mapping.name(), RiskmapsJson.write(roles(mapping)),
                        RiskmapsJson.write(covariates(mapping)), by)
                .query(Long.class).single();
        SavedMapping saved = find(id).orElseThrow();
        if (before.isPresent()) {
            audit.updated(TYPE, id, shown(before.get()), shown(saved));
        } else {
            audit.created(TYPE, id, shown(saved));
        }
        return saved;
    }

    private static Map<String, Object> shown(SavedMapping s) {
        var m = new LinkedHashMap<String, Object>();
        m.put("country", s.country());
        m.put("kind", s.mapping().kind().name());
        m.put("name", s.mapping().name());
        m.put("roles", roles(s.mapping()));
        m.put("covariates", s.mapping().covariates().stream().map(MappedCovariate::variable).toList());
        return m;
    }

    private static Map<String, String> roles(Mapping mapping) {
        var roles = new LinkedHashMap<String, String>();
        mapping.roles().forEach((role, variable) -> roles.put(role.name(), variable));
        if (mapping.maleCode() != null) {
            roles.put(MALE, mapping.maleCode());
        }
        if (mapping.femaleCode() != null) {
            roles.put(FEMALE, mapping.femaleCode());
        }
        return roles;
    }

    private static List<Map<String, Object>> covariates(Mapping mapping) {
        var list = new ArrayList<Map<String, Object>>();
        for (MappedCovariate c : mapping.covariates()) {
            var m = new LinkedHashMap<String, Object>();
            m.put("variable", c.variable());
            m.put("categorical", c.categorical());
            m.put("reference", c.reference());
            m.put("profile", c.tag() == null ? null : c.tag().name());
            m.put("labels", c.labels().byLanguage());
            list.add(m);
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private static SavedMapping saved(ResultSet rs, int row) throws SQLException {
        Map<String, String> stored = RiskmapsJson.read(rs.getString("roles"), ROLES);
        var roles = new EnumMap<Role, String>(Role.class);
        stored.forEach((key, variable) -> {
            if (!key.equals(MALE) && !key.equals(FEMALE)) {
                roles.put(Role.valueOf(key), variable);
            }
        });
        var covariates = new ArrayList<MappedCovariate>();
        for (Map<String, Object> c : RiskmapsJson.read(rs.getString("covariates"), COVARIATES)) {
            String variable = (String) c.get("variable");
            Object profile = c.get("profile");
            Object labels = c.get("labels");
            covariates.add(new MappedCovariate(variable, Boolean.TRUE.equals(c.get("categorical")),
                    (String) c.get("reference"), profile == null ? null : ProfileTag.valueOf((String) profile),
                    new Labels(variable, labels == null ? Map.of() : (Map<String, String>) labels)));
        }
        var mapping = new Mapping(rs.getString("name"), DatasetKind.valueOf(rs.getString("kind")), roles,
                stored.get(MALE), stored.get(FEMALE), covariates);
        return new SavedMapping(rs.getLong("id"), rs.getString("country"), mapping, rs.getString("saved_by"),
                rs.getObject("saved_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
