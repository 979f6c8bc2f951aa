package org.labourhub.plans;

import org.labourhub.directory.Directory;
import org.labourhub.directory.NetworkRef;
import org.labourhub.directory.OrganisationRef;
import org.labourhub.plans.Activities.ResponsibleRef;
import org.labourhub.plans.PlanContent.ResponsibleView;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names the organisations and networks a plan refers to (those responsible for an activity, a plan's owners) in the
 * reader's language, ILO for an English reader and OIT for a Spanish one, through the directory's public API: one
 * look-up for a whole screen.
 */
@Component
public class ResponsibleNames {

    private final Directory directory;

    ResponsibleNames(Directory directory) {
        this.directory = directory;
    }

    /** The directory's records behind these references. */
    public Known of(Collection<ResponsibleRef> refs) {
        return new Known(directory.organisations(refs.stream().map(ResponsibleRef::organisationId).toList()),
                directory.networks(refs.stream().map(ResponsibleRef::networkKey).toList()));
    }

    /**
     * The references a query gives as two arrays side by side, one organisation id or one network key per place
     * ({@code array_agg(r.organisation_id order by …)} and {@code array_agg(r.network_key order by …)}).
     */
    public static List<ResponsibleRef> refs(ResultSet rs, String idsColumn, String keysColumn) throws SQLException {
        Object[] ids = array(rs.getArray(idsColumn));
        Object[] keys = array(rs.getArray(keysColumn));
        var refs = new ArrayList<ResponsibleRef>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            Long id = ids[i] == null ? null : ((Number) ids[i]).longValue();
            refs.add(new ResponsibleRef(id, i < keys.length ? (String) keys[i] : null));
        }
        return refs;
    }

    private static Object[] array(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }

    /** The records found; a reference the directory no longer knows is shown by its id or key. */
    public record Known(Map<Long, OrganisationRef> organisations, Map<String, NetworkRef> networks) {

        String label(ResponsibleRef ref, Locale locale) {
            if (ref.organisationId() != null) {
                OrganisationRef o = organisations.get(ref.organisationId());
                return o == null ? String.valueOf(ref.organisationId()) : o.label(locale);
            }
            NetworkRef n = networks.get(ref.networkKey());
            return n == null ? ref.networkKey() : n.label(locale);
        }

        /** The labels joined by commas, in the order given (the lead first). */
        public String labels(List<ResponsibleRef> refs, Locale locale) {
            return String.join(", ", refs.stream().map(r -> label(r, locale)).toList());
        }

        ResponsibleView view(ResponsibleRef ref, boolean lead) {
            if (ref.organisationId() != null) {
                OrganisationRef o = organisations.get(ref.organisationId());
                return o == null ? new ResponsibleView(null, null, String.valueOf(ref.organisationId()), lead)
                        : new ResponsibleView(o.acronyms(), o.name(), o.key(), lead);
            }
            NetworkRef n = networks.get(ref.networkKey());
            return n == null ? new ResponsibleView(null, null, "network:" + ref.networkKey(), lead)
                    : new ResponsibleView(n.acronyms(), n.name(), "network:" + n.key(), lead);
        }
    }
}
