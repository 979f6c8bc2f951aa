package org.labourhub.projects.importing.iati;

import org.labourhub.projects.Modality;

import java.util.Map;
import java.util.Optional;

/**
 * How LabourHub's own classifications travel in IATI: themes and South–South/horizontal modality as tags of the
 * reporting organisation's vocabulary (99) with these URIs; SDG targets as tag vocabulary 3; the other modalities
 * as the standard collaboration-type.
 */
public final class LabourHubVocabularies {

    public static final String THEME_URI = "https://labourhub.org/codes/theme";
    public static final String REGION_URI = "https://labourhub.org/codes/region";
    public static final String MODALITY_URI = "https://labourhub.org/codes/modality";
    public static final String SDG_TARGET_VOCABULARY = "3";
    public static final String OWN_VOCABULARY = "99";

    private static final Map<String, Modality> BY_COLLABORATION = Map.of(
            "1", Modality.BILATERAL, "2", Modality.MULTILATERAL, "4", Modality.MULTILATERAL, "8", Modality.TRIANGULAR);

    private LabourHubVocabularies() {
    }

    static Optional<Modality> ofCollaborationType(String code) {
        return Optional.ofNullable(BY_COLLABORATION.get(code));
    }

    /** The standard collaboration-type code of a modality, when the standard has one. */
    public static Optional<String> collaborationType(Modality modality) {
        return switch (modality) {
            case BILATERAL -> Optional.of("1");
            case MULTILATERAL -> Optional.of("2");
            case TRIANGULAR -> Optional.of("8");
            case SOUTH_SOUTH, HORIZONTAL -> Optional.empty();
        };
    }
}
