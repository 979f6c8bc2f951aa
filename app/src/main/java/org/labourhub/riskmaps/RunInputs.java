package org.labourhub.riskmaps;

/**
 * Everything that went into a run, so that it can be made again: each file by name and checksum, the mappings, the
 * definition of child labour, the options and the engine's version.
 */
public record RunInputs(InputFile survey, InputFile census, Mapping surveyMapping, Mapping censusMapping,
                        Definition definition, RunOptions options, String engineVersion) {

    /** A file as the run used it. */
    public record InputFile(long datasetId, String name, String sha256, long rows) {
    }
}
