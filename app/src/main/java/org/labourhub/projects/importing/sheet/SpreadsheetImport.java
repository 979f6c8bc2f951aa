package org.labourhub.projects.importing.sheet;

import org.springframework.context.ApplicationEventPublisher;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.platform.jobs.Job;
import org.labourhub.platform.jobs.JobHandler;
import org.labourhub.platform.jobs.RunningJob;
import org.labourhub.projects.Incoming;
import org.labourhub.projects.ProjectStore;
import org.labourhub.projects.ProjectsAudit;
import org.labourhub.projects.ProjectsChanged;
import org.labourhub.projects.ProjectsJson;
import org.labourhub.projects.ProvenanceRecord;
import org.labourhub.projects.Source;
import org.labourhub.projects.importing.ImportBatches;
import org.labourhub.projects.importing.ImportFiles;
import org.labourhub.projects.importing.ImportProgress;
import org.labourhub.projects.importing.ImportReport;
import org.labourhub.projects.importing.SheetProblem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports a spreadsheet through a column mapping, as a background job: each row is checked whole, valid rows are
 * written in batches and refused rows listed with their problems; all in one transaction, so a file that cannot be
 * read to the end changes nothing. Re-importing a row with the same key updates its project. The import has one entry
 * in the audit trail, with its counts, and every project it creates or changes is recorded there, linked to it.
 */
@Component
class SpreadsheetImport implements JobHandler {

    static final String KIND = ProjectsAudit.SPREADSHEET_IMPORT;

    private final ProjectStore store;
    private final TransactionTemplate transaction;
    private final ImportFiles files;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    SpreadsheetImport(ProjectStore store, TransactionTemplate transaction, ImportFiles files, ApplicationEventPublisher events,
                      AuditTrail audit) {
        this.events = events;
        this.audit = audit;
        this.store = store;
        this.transaction = transaction;
        this.files = files;
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
    @SuppressWarnings("unchecked")
    public Object run(RunningJob job) throws IOException {
        Path file = files.resolve(job.parameters().path("file").asString());
        var columns = (Map<String, String>) ProjectsJson.JSON.convertValue(job.parameters().path("columns"), Map.class);
        var mapping = new ColumnMapping(columns, job.parameters().path("language").asString("es"),
                job.parameters().path("defaultCurrency").asString(""));
        ImportReport<SheetProblem> report = importFile(file, job.parameters().path("sheet").asInt(0), job.parameters().path("fileName").asString(),
                mapping, job.owner(), job.id(), job::progress);
        files.discard(file);
        events.publishEvent(new ProjectsChanged());
        return report;
    }

    /**
     * The file could not be read as a spreadsheet, which stopped the import: what it is or what is wrong with it
     * ({@code file.notXlsx}, {@code file.expandsTooMuch}…), naming the file and, when missing, the sheet.
     */
    static SheetProblem unreadable(UnreadableSheet unreadable, String fileName) {
        return new SheetProblem(0, null, null, null, null, "file." + unreadable.code(),
                List.of(fileName == null ? "" : fileName, String.valueOf(unreadable.sheet())));
    }

    /** Imports the sheet numbered {@code sheetNumber} from 0 of a workbook, or the whole CSV file. */
    ImportReport<SheetProblem> importFile(Path file, int sheetNumber, String fileName, ColumnMapping mapping, String owner,
                                          Long jobId, ImportProgress progress) throws IOException {
        var report = new ImportReport.Builder<SheetProblem>(fileName,
                (row, key, reason) -> new SheetProblem(row, null, null, key, null, "database", List.of()));
        var entry = audit.job(KIND, jobId, owner, fileName);
        try {
            Spreadsheet sheet = Spreadsheet.open(file, sheetNumber);
            List<String> sheets = sheet.sheetNames();
            report.sheet(sheetNumber < sheets.size() ? sheets.get(sheetNumber) : null);
            List<String> header = sheet.header();
            var rows = new SpreadsheetRows(mapping, header);
            long size = java.nio.file.Files.size(file);
            Map<String, Integer> seen = new HashMap<>();
            transaction.executeWithoutResult(status -> {
                var batches = new ImportBatches(store, status, report, store.writing(entry));
                try {
                    sheet.rows(row -> {
                        if (row.isBlank()) {
                            return;
                        }
                        report.read();
                        var converted = rows.convert(row);
                        if (converted.project() == null) {
                            report.refused(converted.problems());
                            return;
                        }
                        Integer earlier = seen.putIfAbsent(converted.key(), row.number());
                        if (earlier != null) {
                            int keyColumn = mapping.column("key", header);
                            report.refused(List.of(new SheetProblem(row.number(), Spreadsheet.columnLetter(keyColumn),
                                    header.get(keyColumn), converted.key(), "key", "duplicateKey", List.of(String.valueOf(earlier)))));
                            return;
                        }
                        var provenance = new ProvenanceRecord(Source.SPREADSHEET, converted.key(), fileName, OffsetDateTime.now(),
                                owner, converted.raw());
                        batches.add(new ImportBatches.Pending(new Incoming(converted.project(), provenance), row.number(), converted.key()));
                        progress.at(row.number(), Math.max(row.number(), size / 200));
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                batches.flush();
            });
        } catch (IOException unreadable) {
            report.fatal(SpreadsheetImport.unreadable(UnreadableSheet.of(unreadable), fileName));
        } catch (UncheckedIOException unreadable) {
            report.fatal(SpreadsheetImport.unreadable(UnreadableSheet.of(unreadable.getCause()), fileName));
        }
        ImportReport<SheetProblem> built = report.build();
        entry.finish(built.counts());
        return built;
    }
}
