package org.labourhub.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused second start as two plain sentences instead of a stack trace (see META-INF/spring.factories). */
class DataFolderInUseAnalyzer extends AbstractFailureAnalyzer<DataFolderInUse> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderInUse cause) {
        return new FailureAnalysis(cause.description(), DataFolderInUse.WHAT_TO_DO, cause);
    }
}
