package org.labourhub.projects;

import org.labourhub.projects.iati.IatiProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: how many records were read, imported (new or updated) and refused, the problems found (the
 * first {@value #MAX_PROBLEMS}), and a fatal problem that stopped the whole file, in which case nothing was changed.
 */
record ImportReport(String fileName, long read, long imported, long refused, IatiProblem fatal,
                    List<IatiProblem> problems, boolean problemsCut) {

    static final int MAX_PROBLEMS = 2000;

    /** Collects the report while the file is read; an import's writers report from their own threads. */
    static final class Builder {
        private final String fileName;
        private long read;
        private long imported;
        private long refused;
        private IatiProblem fatal;
        private final List<IatiProblem> problems = new ArrayList<>();
        private boolean cut;

        Builder(String fileName) {
            this.fileName = fileName;
        }

        synchronized void read() {
            read++;
        }

        synchronized void imported(int count) {
            imported += count;
        }

        synchronized void refused(List<IatiProblem> found) {
            refused++;
            for (IatiProblem problem : found) {
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(problem);
                } else {
                    cut = true;
                }
            }
        }

        synchronized void fatal(IatiProblem problem) {
            fatal = problem;
            imported = 0;
        }

        synchronized ImportReport build() {
            return new ImportReport(fileName, read, imported, refused, fatal, List.copyOf(problems), cut);
        }
    }
}
