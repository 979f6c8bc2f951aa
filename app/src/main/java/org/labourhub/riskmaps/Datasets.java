package org.labourhub.riskmaps;

import org.labourhub.accounts.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The datasets' descriptions; the files themselves lie in the datasets folder (see {@code datasets.DatasetFiles}). */
@Component
public class Datasets {

    static final String TYPE = "dataset";
    private static final TypeReference<List<DatasetVariable>> VARIABLES = new TypeReference<>() { };
    private static final String COLUMNS = """
            id, country, kind, name, round, format, original_name, stored_file, engine_file, bytes, sha256, rows,
            variables::text, uploaded_by, uploaded_at, deleted_at, version""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Datasets(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A file whose description is read and whose copy for the engine is written, before it is recorded. */
    public record NewDataset(String country, DatasetKind kind, String name, String round, DatasetFormat format,
                             String originalName, String storedFile, String engineFile, long bytes, String sha256,
                             long rows, List<DatasetVariable> variables) {
    }

    @Transactional
    public Dataset add(NewDataset d, String uploader) {
        long id = jdbc.sql("""
                        insert into riskmaps.dataset (country, kind, name, round, format, original_name, stored_file,
                            engine_file, bytes, sha256, rows, variables, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?) returning id""")
                .params(d.country(), d.kind().name(), d.name(), d.round(), d.format().name(), d.originalName(),
                        d.storedFile(), d.engineFile(), d.bytes(), d.sha256(), d.rows(),
                        RiskmapsJson.write(d.variables()), uploader)
                .query(Long.class).single();
        Dataset saved = find(id).orElseThrow();
        audit.created(TYPE, id, shown(saved));
        return saved;
    }

    public Optional<Dataset> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from riskmaps.dataset where id = ?").param(id)
                .query(Datasets::dataset).optional();
    }

    /** A country's datasets of one kind (all kinds when null), newest first. */
    public List<Dataset> of(String country, DatasetKind kind) {
        return jdbc.sql("select " + COLUMNS + " from riskmaps.dataset where country = ? and (?::text is null or kind = ?)"
                        + " order by uploaded_at desc, id desc")
                .params(country, kind == null ? null : kind.name(), kind == null ? null : kind.name())
                .query(Datasets::dataset).list();
    }

    /**
     * Forgets where a dataset's files lie (the caller removes them after the transaction) and records who deleted
     * them; its description stays. Refused when someone changed it meanwhile.
     */
    @Transactional
    public Dataset markDeleted(Dataset before, String by) {
        int changed = jdbc.sql("""
                        update riskmaps.dataset set stored_file = null, engine_file = null, deleted_by = ?,
                            deleted_at = now(), version = version + 1
                        where id = ? and version = ? and deleted_at is null""")
                .params(by, before.id(), before.version()).update();
        if (changed == 0) {
            throw new org.labourhub.platform.web.ConcurrentEdit(TYPE, before.id());
        }
        Dataset after = find(before.id()).orElseThrow();
        audit.updated(TYPE, before.id(), shown(before), shown(after));
        return after;
    }

    static Map<String, Object> shown(Dataset d) {
        var m = new LinkedHashMap<String, Object>();
        m.put("country", d.country());
        m.put("kind", d.kind().name());
        m.put("name", d.name());
        if (d.round() != null && !d.round().isBlank()) {
            m.put("round", d.round());
        }
        m.put("rows", d.rows());
        m.put("sha256", d.sha256());
        m.put("microdata", d.isDeleted() ? "deleted" : "kept");
        return m;
    }

    private static Dataset dataset(ResultSet rs, int row) throws SQLException {
        return new Dataset(rs.getLong("id"), rs.getString("country"), DatasetKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("round"), DatasetFormat.valueOf(rs.getString("format")),
                rs.getString("original_name"), rs.getString("stored_file"), rs.getString("engine_file"),
                rs.getLong("bytes"), rs.getString("sha256"), rs.getLong("rows"),
                RiskmapsJson.read(rs.getString("variables"), VARIABLES), rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class), rs.getObject("deleted_at", OffsetDateTime.class),
                rs.getInt("version"));
    }
}
