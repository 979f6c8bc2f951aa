package org.labourhub.plans;

import org.labourhub.platform.i18n.MultilingualText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.labourhub.platform.web.ConcurrentEdit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import static org.labourhub.platform.i18n.MultilingualTextJson.read;
import static org.labourhub.platform.i18n.MultilingualTextJson.write;

/** The tree of a plan: adding, changing and removing elements (results, parts, issues, organs…). */
@Repository
public class Elements {

    /** Where an element sits: its plan and its depth. */
    public record Place(long planId, int level) {
    }

    /** An element as its edit form reads it; {@code level} is the index of the plan's level name. */
    public record Element(long id, long planId, Long parentId, int level, String number, MultilingualText title,
                   MultilingualText description, int version) {
    }

    private final JdbcClient jdbc;

    Elements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Place> place(long elementId) {
        return jdbc.sql("select plan_id, level from plans.element where id = ?").param(elementId)
                .query((rs, n) -> new Place(rs.getLong(1), rs.getInt(2))).optional();
    }

    /** Adds an element after the others of the plan (or at the end of its parent's children). */
    public long add(long planId, Long parentId, int level, String number, MultilingualText title, MultilingualText description) {
        int position = jdbc.sql("""
                        select coalesce(max(e.position), (select coalesce(max(position), 0) from plans.element where plan_id = ?)) + 1
                        from plans.element e where e.id = ? or e.parent_id = ?""")
                .params(planId, parentId, parentId).query(Integer.class).single();
        jdbc.sql("update plans.element set position = position + 1 where plan_id = ? and position >= ?")
                .params(planId, position).update();
        return jdbc.sql("""
                        insert into plans.element (plan_id, parent_id, level, number, title, description, position)
                        values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?) returning id""")
                .params(planId, parentId, level, number, write(title), write(description), position)
                .query(Long.class).single();
    }

    public Optional<Element> byId(long id) {
        return jdbc.sql("""
                        select id, plan_id, parent_id, level, number, title::text as title,
                               description::text as description, version
                        from plans.element where id = ?""")
                .param(id).query(Elements::element).optional();
    }

    /** The lowest and highest level an element may take: below its parent, above its children. */
    public int[] levelBounds(Element e) {
        return jdbc.sql("""
                        select coalesce((select level + 1 from plans.element where id = ?), 0),
                               coalesce((select min(level) - 1 from plans.element where parent_id = ?), 1000)""")
                .params(e.parentId(), e.id()).query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2)}).single();
    }

    /** Saves the element unless someone saved it after {@code e.version()} was read: then nothing is written. */
    public void update(Element e) {
        int rows = jdbc.sql("""
                        update plans.element set number = ?, title = cast(? as jsonb), description = cast(? as jsonb),
                            level = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(e.number(), write(e.title()), write(e.description()), e.level(), e.id(), e.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEdit("plan-element", e.id());
        }
    }

    /** Removes the element with its subtree (children, activities, indicators cascade) if it is still at that version. */
    public void delete(long id, int version) {
        if (jdbc.sql("delete from plans.element where id = ? and version = ?").params(id, version).update() == 0) {
            throw new ConcurrentEdit("plan-element", id);
        }
    }

    private static Element element(ResultSet rs, int n) throws SQLException {
        Long parent = rs.getObject("parent_id", Long.class);
        return new Element(rs.getLong("id"), rs.getLong("plan_id"), parent, rs.getInt("level"),
                rs.getString("number"), read(rs.getString("title")), read(rs.getString("description")),
                rs.getInt("version"));
    }
}
