package org.labourhub.projects.importing;

import org.labourhub.projects.ImportProblem;
import org.labourhub.projects.ProjectStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: how many records were read, imported (new or updated) and refused, the problems found (the
 * first {@value #MAX_PROBLEMS}), and a fatal problem that stopped the whole file, in which case nothing was changed.
 * Each source words its problems its own way: an IATI file's are {@link ImportProblem}s,
 * a spreadsheet's {@link SheetProblem}s, which also name the workbook's {@code sheet}. Of the imported, how many
 * were created, changed, or written again as they were (unchanged), as the audit trail counts them; how many were
 * imported flagged with errors or warnings; and the problems found by severity (an IATI file's: critical, error,
 * warning).
 */
public record ImportReport<P>(String fileName, String sheet, long read, long imported, long refused, P fatal,
                       List<P> problems, boolean problemsCut, long created, long updated, long unchanged,
                       long flagged, long critical, long errors, long warnings) {

    /** What the audit trail keeps of the import: its counts. */
    public Map<String, Object> counts() {
        var m = new LinkedHashMap<String, Object>();
        m.put("read", read);
        m.put("created", fatal == null ? created : 0);
        m.put("updated", fatal == null ? updated : 0);
        m.put("unchanged", fatal == null ? unchanged : 0);
        m.put("refused", refused);
        m.put("flagged", fatal == null ? flagged : 0);
        m.put("fatal", fatal != null);
        return m;
    }

    static final int MAX_PROBLEMS = 2000;

    /** The problem to list when the database refuses a checked record: where the record was, and the reason given. */
    public interface DatabaseRefusal<P> {
        P problem(int line, String name, String reason);
    }

    /** Collects the report while the file is read; an import's writers report from their own threads. */
    public static final class Builder<P> {
        private final String fileName;
        private final DatabaseRefusal<P> databaseRefusal;
        private String sheet;
        private long read;
        private long imported;
        private long created;
        private long updated;
        private long unchanged;
        private long refused;
        private long flagged;
        private long critical;
        private long errors;
        private long warnings;
        private P fatal;
        private final List<P> problems = new ArrayList<>();
        private boolean cut;

        public Builder(String fileName, DatabaseRefusal<P> databaseRefusal) {
            this.fileName = fileName;
            this.databaseRefusal = databaseRefusal;
        }

        public synchronized void sheet(String name) {
            sheet = name;
        }

        public synchronized void read() {
            read++;
        }

        synchronized void imported(ProjectStore.Written written) {
            imported += written.ids().size();
            created += written.created();
            updated += written.updated();
            unchanged += written.unchanged();
        }

        public synchronized void refused(List<P> found) {
            refused++;
            list(found);
        }

        /** A record imported with the problems found in it (errors, warnings). */
        public synchronized void flagged(List<P> found) {
            flagged++;
            list(found);
        }

        /** Problems of the file itself, none of its records: {@code errors} of them are errors. */
        public synchronized void fileProblems(List<P> found, long errorsFound) {
            errors += errorsFound;
            list(found);
        }

        /** Counts problems by severity (critical, error, warning). */
        public synchronized void severities(long criticalFound, long errorsFound, long warningsFound) {
            critical += criticalFound;
            errors += errorsFound;
            warnings += warningsFound;
        }

        private void list(List<P> found) {
            for (P problem : found) {
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(problem);
                } else {
                    cut = true;
                }
            }
        }

        /** A checked record the database would not take: {@code line} and {@code name} say where it was. */
        void refusedByDatabase(int line, String name, String reason) {
            refused(List.of(databaseRefusal.problem(line, name, reason)));
        }

        public synchronized void fatal(P problem) {
            fatal = problem;
            imported = 0;
            created = 0;
            updated = 0;
            unchanged = 0;
        }

        public synchronized ImportReport<P> build() {
            return new ImportReport<>(fileName, sheet, read, imported, refused, fatal, List.copyOf(problems), cut, created,
                    updated, unchanged, fatal == null ? flagged : 0, critical, errors, warnings);
        }
    }
}
