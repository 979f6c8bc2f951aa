package org.labourhub.risk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What does not line up between the inputs, said rather than silently dropped.
 *
 * @param zeroWeightRows      survey children with weight 0: kept (they count in sample sizes) but add nothing to
 *                            the fit or the estimates
 * @param surveyHasTerritories whether the survey has the territory column (without it the two lists below are empty)
 * @param censusNotInSurvey   census territories with no survey child (normal: the model carries them)
 * @param surveyNotInCensus   survey territory codes absent from the census (a coding mismatch, usually)
 * @param boundaries          with a boundary file: territories with no boundary, boundaries with no census child
 */
public record RunDiagnostics(int zeroWeightRows, boolean surveyHasTerritories, List<String> censusNotInSurvey,
                             List<String> surveyNotInCensus, Optional<BoundaryMatch> boundaries) {

    public RunDiagnostics {
        censusNotInSurvey = List.copyOf(censusNotInSurvey);
        surveyNotInCensus = List.copyOf(surveyNotInCensus);
    }

    /** Territory codes of the census without a boundary feature, and feature codes without census children. */
    public record BoundaryMatch(List<String> territoriesWithoutBoundary, List<String> boundariesWithoutData) {
        public BoundaryMatch {
            territoriesWithoutBoundary = List.copyOf(territoriesWithoutBoundary);
            boundariesWithoutData = List.copyOf(boundariesWithoutData);
        }

        public static BoundaryMatch of(List<String> territories, List<String> featureCodes) {
            return new BoundaryMatch(missing(territories, featureCodes), missing(featureCodes, territories));
        }
    }

    /** Compares the survey's codes (null when it has none) with the census's. */
    public static RunDiagnostics of(int zeroWeightRows, List<String> surveyCodes, List<String> censusCodes,
                                    Optional<List<String>> featureCodes) {
        List<String> survey = surveyCodes == null ? List.of() : surveyCodes.stream().sorted().toList();
        return new RunDiagnostics(zeroWeightRows, surveyCodes != null,
                surveyCodes == null ? List.of() : missing(censusCodes, survey), missing(survey, censusCodes),
                featureCodes.map(f -> BoundaryMatch.of(censusCodes, f)));
    }

    /** The codes of {@code from} not in {@code in}, in {@code from}'s order, each once. */
    static List<String> missing(List<String> from, List<String> in) {
        Set<String> present = new HashSet<>(in);
        Set<String> seen = new HashSet<>();
        var result = new ArrayList<String>();
        for (String code : from) {
            if (!present.contains(code) && seen.add(code)) {
                result.add(code);
            }
        }
        return result;
    }
}
