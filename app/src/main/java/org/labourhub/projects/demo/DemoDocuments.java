package org.labourhub.projects.demo;

import java.util.Map;

/**
 * The documents the demo projects are taken from, cited by their own titles and dates: a demo record's provenance
 * names them where an imported record names the file it came from.
 */
final class DemoDocuments {

    private static final Map<String, String> TITLES = Map.of(
            "000", "Rapport du Groupe de travail 2 de la XIIIe CIMT, 2003-2005",
            "001", "Rapport de la IV Réunion du Réseau de points focaux de l'Initiative régionale, Lima, mai 2018",
            "002", "Mise en œuvre du plan d'action de l'OIT pour les travailleurs migrants, BIT, février 2008",
            "003", "Rapport d'activité : plan de mise en œuvre (rôle de l'OIT en matière de coopération technique), BIT, octobre 2000",
            "004", "Plan de travail du Programme interaméricain sur les droits humains des personnes migrantes, OEA, 2007");

    /** The longest citation a provenance record keeps. */
    private static final int LONGEST = 300;

    private DemoDocuments() {
    }

    /** The titles of the documents a record cites ("000;003"), one after the other. */
    static String cited(String codes) {
        var cited = new StringBuilder();
        for (String code : codes.split(";")) {
            String title = TITLES.get(code.strip());
            if (title != null && cited.length() + title.length() + 3 <= LONGEST) {
                cited.append(cited.isEmpty() ? "" : " ; ").append(title);
            }
        }
        return cited.toString();
    }
}
