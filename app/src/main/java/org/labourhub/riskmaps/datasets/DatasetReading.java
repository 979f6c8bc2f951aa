package org.labourhub.riskmaps.datasets;

import org.labourhub.platform.jobs.Job;
import org.labourhub.platform.jobs.JobHandler;
import org.labourhub.platform.jobs.RunningJob;
import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.DatasetFormat;
import org.labourhub.riskmaps.DatasetKind;
import org.labourhub.riskmaps.Datasets;
import org.labourhub.riskmaps.datasets.formats.EngineCsv;
import org.labourhub.riskmaps.datasets.formats.MicrodataFormat;
import org.labourhub.riskmaps.datasets.formats.MicrodataProblem;
import org.labourhub.riskmaps.datasets.formats.MicrodataReader;
import org.labourhub.riskmaps.datasets.formats.ReadOptions;
import org.labourhub.riskmaps.datasets.formats.VariableSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an uploaded dataset in the background ({@value #KIND}): opens it in the format its name claims (which
 * checks it is one), summarises its variables in one pass, writes the engine's CSV copy in a second, then keeps the
 * original beside the copy and records the dataset. A problem with the file leaves nothing behind and is the job's
 * result, said on {@code /riskmaps/datasets/read/{job}} in the reader's language. Running it again after a crash
 * finds the dataset it already recorded.
 */
@Component
class DatasetReading implements JobHandler {

    static final String KIND = "riskmaps.dataset-read";
    /** The total given while the number of rows is not yet known: the bar stays at the start, the rows are counted. */
    private static final long UNKNOWN = Long.MAX_VALUE;
    private static final Logger log = LoggerFactory.getLogger(DatasetReading.class);

    private final DatasetFiles files;
    private final Datasets datasets;
    private final JdbcClient jdbc;

    DatasetReading(DatasetFiles files, Datasets datasets, JdbcClient jdbc) {
        this.files = files;
        this.datasets = datasets;
        this.jdbc = jdbc;
    }

    /** What the upload page asks the job to read. */
    record Upload(String file, String fileName, String country, DatasetKind kind, String name, String round,
                  DatasetFormat format, long bytes, String sha256, String encoding) {
    }

    /** The job's outcome: the dataset recorded, or why the file was not taken. */
    record Outcome(Long dataset, ReadingProblem problem) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String resultPage(Job job) {
        return "/riskmaps/datasets/read/" + job.id();
    }

    @Override
    public Object run(RunningJob job) throws IOException {
        Upload upload = upload(job.parameters());
        String place = DatasetFiles.placeOf(upload.country(), job.id());
        Optional<Long> done = already(place);
        if (done.isPresent()) {
            return new Outcome(done.get(), null);
        }
        Path incoming = files.resolve(upload.file());
        Path dir = files.resolve(place);
        try {
            Dataset saved = read(upload, incoming, dir, job);
            files.removeTree(incoming.getParent());
            if (saved == null) {
                files.removeTree(dir);
                return new Outcome(null, ReadingProblem.ofFile("riskmaps.datasets.noRows", upload.fileName()));
            }
            return new Outcome(saved.id(), null);
        } catch (MicrodataProblem problem) {
            files.removeTree(dir);
            files.removeTree(incoming.getParent());
            return new Outcome(null, ReadingProblem.of(problem, cases(upload.format())));
        } catch (IOException | RuntimeException failed) {
            log.warn("Dataset {} of job {} could not be read", upload.fileName(), job.id(), failed);
            files.removeTree(dir);
            files.removeTree(incoming.getParent());
            return new Outcome(null, ReadingProblem.ofFile("riskmaps.datasets.unreadable", upload.fileName()));
        }
    }

    /** The dataset read and recorded, or null when the file has no rows. */
    private Dataset read(Upload upload, Path incoming, Path dir, RunningJob job) throws IOException {
        MicrodataFormat format = formatOf(upload.format());
        ReadOptions options = upload.encoding() == null || upload.encoding().isBlank() ? ReadOptions.DEFAULTS
                : ReadOptions.DEFAULTS.withEncoding(Charset.forName(upload.encoding()));
        List<VariableSummary> summaries;
        long rows;
        try (MicrodataReader opened = format.reader(incoming, options)) {
            long announced = opened.announcedCases();
            var reader = new CountedRows(opened, n -> job.progress(n, announced > 0 ? 2 * announced : UNKNOWN));
            summaries = VariableSummary.of(reader);
            rows = reader.rows();
        }
        if (rows == 0) {
            return null;
        }
        Files.createDirectories(dir.resolve("original"));
        Path engine = dir.resolve(DatasetFiles.ENGINE_FILE);
        try (MicrodataReader reader = format.reader(incoming, options)) {
            List<String> names = reader.variables().stream().map(v -> v.name()).toList();
            EngineCsv.write(new CountedRows(reader, n -> job.progress(rows + n, 2 * rows)), names, engine);
        }
        Path original = Files.move(incoming, dir.resolve("original").resolve(upload.fileName()),
                StandardCopyOption.REPLACE_EXISTING);
        job.progress(2 * rows, 2 * rows);
        return datasets.add(new Datasets.NewDataset(upload.country(), upload.kind(), upload.name(), upload.round(),
                upload.format(), upload.fileName(), files.relative(original), files.relative(engine), upload.bytes(),
                upload.sha256(), rows, DatasetVariables.of(summaries)), job.owner());
    }

    private Optional<Long> already(String place) {
        return jdbc.sql("select id from riskmaps.dataset where stored_file like ? order by id limit 1")
                .param(place + "/%").query(Long.class).optional();
    }

    static MicrodataFormat formatOf(DatasetFormat format) {
        return switch (format) {
            case CSV -> MicrodataFormat.CSV;
            case XLSX -> MicrodataFormat.XLSX;
            case DTA -> MicrodataFormat.STATA;
            case SAV -> MicrodataFormat.SPSS;
        };
    }

    private static boolean cases(DatasetFormat format) {
        return format == DatasetFormat.DTA || format == DatasetFormat.SAV;
    }

    private static Upload upload(JsonNode p) {
        return new Upload(p.path("file").asString(), p.path("fileName").asString(), p.path("country").asString(),
                DatasetKind.valueOf(p.path("kind").asString()), p.path("name").asString(),
                p.path("round").isNull() || p.path("round").isMissingNode() ? null : p.path("round").asString(),
                DatasetFormat.valueOf(p.path("format").asString()), p.path("bytes").asLong(),
                p.path("sha256").asString(), p.path("encoding").asString(""));
    }

    static Map<String, Object> parameters(Upload u) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("file", u.file());
        m.put("fileName", u.fileName());
        m.put("country", u.country());
        m.put("kind", u.kind().name());
        m.put("name", u.name());
        m.put("round", u.round());
        m.put("format", u.format().name());
        m.put("bytes", u.bytes());
        m.put("sha256", u.sha256());
        m.put("encoding", u.encoding() == null ? "" : u.encoding());
        return m;
    }
}
