package org.labourhub.projects;

import org.labourhub.directory.OrganisationRef;
import org.labourhub.platform.i18n.Language;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links a participating organisation, as a source names it, to the directory's record of it: when its name is the
 * acronym or the name in one of the four languages (OIT or ILO) of exactly one organisation of the directory, case,
 * accents, punctuation and spacing aside ("Departamento de Trabajo de los Estados Unidos" is USDOL). A name that two
 * organisations could claim links to neither; a participant the source already linked keeps its link.
 */
public final class ParticipantLinks {

    static final ParticipantLinks NONE = new ParticipantLinks(Map.of());

    private final Map<String, Long> byName;

    private ParticipantLinks(Map<String, Long> byName) {
        this.byName = byName;
    }

    static ParticipantLinks of(List<OrganisationRef> organisations) {
        Map<String, Long> byName = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (OrganisationRef o : organisations) {
            Set<String> names = new HashSet<>();
            for (Language language : Language.values()) {
                names.add(key(o.acronym(language.locale())));
                names.add(key(o.name().translations().get(language)));
            }
            names.remove("");
            for (String name : names) {
                Long other = byName.putIfAbsent(name, o.id());
                if (other != null && other != o.id()) {
                    ambiguous.add(name);
                }
            }
        }
        byName.keySet().removeAll(ambiguous);
        return new ParticipantLinks(Map.copyOf(byName));
    }

    /** The directory id of the participant: its own link, else the one organisation its name names, else null. */
    Long organisationOf(Project.Participant participant) {
        return participant.organisationId() != null ? participant.organisationId() : organisationNamed(participant.name());
    }

    /** The one organisation this name names, or null. */
    Long organisationNamed(String name) {
        return byName.get(key(name));
    }

    /** Lower case, accents folded, every run of characters other than letters and digits one space. */
    static String key(String name) {
        if (name == null) {
            return "";
        }
        String folded = SearchWords.folded(name);
        var key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char ch = folded.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                key.append(ch);
            } else if (!key.isEmpty() && key.charAt(key.length() - 1) != ' ') {
                key.append(' ');
            }
        }
        return key.toString().strip();
    }
}
