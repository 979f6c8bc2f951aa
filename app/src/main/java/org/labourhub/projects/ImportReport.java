package org.labourhub.projects;

import org.labourhub.projects.iati.IatiProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: how many records were read, imported (new or updated) and refused, the problems found (the
 * first {@value #MAX_PROBLEMS}), and a fatal problem that stopped the whole file, in which case nothing was changed.
 * Of the imported, how many were created, changed, or written again as they were (unchanged); the counts of a
 * save whose changes nobody audits are all 0.
 */
record ImportReport(String fileName, long read, long imported, long refused, IatiProblem fatal,
                    List<IatiProblem> problems, boolean problemsCut, long created, long updated, long unchanged) {

    /** What the audit trail keeps of the import: its counts. */
    Map<String, Object> counts() {
        var m = new LinkedHashMap<String, Object>();
        m.put("read", read);
        m.put("created", fatal == null ? created : 0);
        m.put("updated", fatal == null ? updated : 0);
        m.put("unchanged", fatal == null ? unchanged : 0);
        m.put("refused", refused);
        m.put("fatal", fatal != null);
        return m;
    }

    static final int MAX_PROBLEMS = 2000;

    /** Collects the report while the file is read; an import's writers report from their own threads. */
    static final class Builder {
        private final String fileName;
        private long read;
        private long imported;
        private long created;
        private long updated;
        private long unchanged;
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

        synchronized void imported(ProjectStore.Written written) {
            imported += written.ids().size();
            created += written.created();
            updated += written.updated();
            unchanged += written.unchanged();
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
            created = 0;
            updated = 0;
            unchanged = 0;
        }

        synchronized ImportReport build() {
            return new ImportReport(fileName, read, imported, refused, fatal, List.copyOf(problems), cut, created, updated, unchanged);
        }
    }
}
