package org.labourhub.projects.importing.iati;

import org.springframework.context.ApplicationEventPublisher;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.platform.jobs.Job;
import org.labourhub.platform.jobs.JobHandler;
import org.labourhub.platform.jobs.RunningJob;
import org.labourhub.projects.ImportProblem;
import org.labourhub.projects.Incoming;
import org.labourhub.projects.ProjectStore;
import org.labourhub.projects.ProjectsAudit;
import org.labourhub.projects.ProjectsChanged;
import org.labourhub.projects.ProvenanceRecord;
import org.labourhub.projects.Source;
import org.labourhub.projects.importing.ImportBatches;
import org.labourhub.projects.importing.ImportFiles;
import org.labourhub.projects.importing.ImportProgress;
import org.labourhub.projects.importing.ImportReport;
import org.labourhub.projects.importing.ImportWriters;
import org.labourhub.projects.importing.Statistics;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.xml.stream.XMLStreamException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Imports an IATI 2.03 file as a background job. The file is read once, streaming, on a thread of its own a little
 * ahead of the writing; each activity is checked whole, valid ones are written in batches by two writers (see
 * {@link ImportWriters}), invalid ones listed with their problems. Each writer holds one transaction for the whole
 * file and both commit at the end: a file that turns out malformed half-way changes nothing, and a job re-run after a
 * crash imports the file again, updating what was already written. The import has one entry in the audit trail, with
 * its counts, and every project it creates or changes is recorded there, linked to that entry.
 */
@Component
public class IatiImport implements JobHandler {

    static final String KIND = ProjectsAudit.IATI_IMPORT;

    private final ProjectStore store;
    private final TransactionTemplate transaction;
    private final ImportFiles files;
    private final ApplicationEventPublisher events;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final AuditTrail audit;

    IatiImport(ProjectStore store, TransactionTemplate transaction, ImportFiles files, org.springframework.jdbc.core.JdbcTemplate jdbc,
               ApplicationEventPublisher events, AuditTrail audit) {
        this.events = events;
        this.audit = audit;
        this.store = store;
        this.transaction = transaction;
        this.files = files;
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String resultPage(Job job) {
        return "/projects/imports/" + job.id();
    }

    @Override
    public Object run(RunningJob job) throws IOException {
        Path file = files.resolve(job.parameters().path("file").asString());
        String fileName = job.parameters().path("fileName").asString();
        ImportReport<ImportProblem> report = importFile(file, fileName, job.owner(), job.id(), job::progress);
        files.discard(file);
        events.publishEvent(new ProjectsChanged());
        return report;
    }

    /** Imports the file and reports progress in bytes read, outside the job queue. */
    public ImportReport<ImportProblem> importFile(Path file, String fileName, String owner, ImportProgress progress) throws IOException {
        return importFile(file, fileName, owner, null, progress);
    }

    /** Imports the file for the job {@code jobId} (null outside the job queue) and reports progress in bytes read. */
    ImportReport<ImportProblem> importFile(Path file, String fileName, String owner, Long jobId, ImportProgress progress) throws IOException {
        long size = Files.size(file);
        var report = new ImportReport.Builder<ImportProblem>(fileName,
                (line, name, reason) -> new ImportProblem(ImportProblem.Severity.CRITICAL, line, 0, name, null, "database", List.of()));
        var entry = audit.job(KIND, jobId, owner, fileName);
        try (var counted = new CountingStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            try (var writers = new ImportWriters(store, transaction, report, store.writing(entry));
                 var reader = new IatiReadAhead(counted, counted::count, 2 * ImportBatches.SIZE)) {
                try {
                    for (var next = reader.next(); next.isPresent(); next = reader.next()) {
                        accept(next.get(), fileName, owner, report, writers);
                        progress.at(reader.position(), size);
                    }
                    report.fileProblems(reader.fileProblems(), reader.fileProblems().size());
                    writers.commit();
                } catch (RefusedFile refused) {
                    report.fatal(refused.problem());
                    writers.rollback();
                } catch (XMLStreamException malformed) {
                    report.fatal(malformedAt(malformed));
                    writers.rollback();
                }
            }
        }
        progress.at(size, size);
        ImportReport<ImportProblem> built = report.build();
        entry.finish(built.counts());
        Statistics.refreshAfter(jdbc, built.imported());
        return built;
    }

    private void accept(IatiActivity activity, String fileName, String owner, ImportReport.Builder<ImportProblem> report,
                        ImportWriters writers) {
        report.read();
        report.severities(activity.count(ImportProblem.Severity.CRITICAL), activity.count(ImportProblem.Severity.ERROR),
                activity.count(ImportProblem.Severity.WARNING));
        if (!activity.isValid()) {
            report.refused(activity.problems());
            return;
        }
        if (!activity.problems().isEmpty()) {
            report.flagged(activity.problems());
        }
        var provenance = new ProvenanceRecord(Source.IATI, activity.identifier(), fileName, OffsetDateTime.now(), owner,
                activity.raw());
        writers.add(new ImportBatches.Pending(new Incoming(activity.project(), provenance, activity.kept(), activity.problems()), activity.line(),
                activity.identifier()));
    }

    private static ImportProblem malformedAt(XMLStreamException e) {
        var location = e.getLocation();
        String message = e.getMessage() == null ? "" : e.getMessage();
        int cut = message.indexOf("Message: ");
        return new ImportProblem(ImportProblem.Severity.CRITICAL, location == null ? 0 : location.getLineNumber(), location == null ? 0 : location.getColumnNumber(),
                null, null, "malformed", List.of(cut >= 0 ? message.substring(cut + 9) : message));
    }

    /** Counts the bytes the parser has taken, for the progress bar. */
    static final class CountingStream extends java.io.FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }

        long count() {
            return count;
        }
    }
}
