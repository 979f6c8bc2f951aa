package org.labourhub.riskmaps.results;

import jakarta.servlet.http.HttpServletResponse;
import org.labourhub.accounts.Actor;
import org.labourhub.platform.exports.TableExport;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.RunSummary;
import org.labourhub.riskmaps.RunSummary.LevelScheme;
import org.labourhub.riskmaps.TerritoryResult;
import org.labourhub.riskmaps.results.TerritoryTable.Query;
import org.labourhub.riskmaps.results.TerritoryTable.Row;
import org.labourhub.riskmaps.results.TerritoryTable.Sort;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A finished run's territory table, filtered and sorted on the server and shown a page at a time, and its downloads:
 * CSV (UTF-8 with a byte order mark, or Windows-1252), XLSX and GeoJSON. Downloads hold the rows the page filters.
 */
@Controller
class TerritoryTableController {

    static final int PAGE = 100;

    private final RunAccess access;
    private final RunHeader header;
    private final TerritoryTable table;
    private final RunGeoJson geoJson;
    private final MessageSource messages;

    TerritoryTableController(RunAccess access, RunHeader header, TerritoryTable table, RunGeoJson geoJson,
                             MessageSource messages) {
        this.access = access;
        this.messages = messages;
        this.header = header;
        this.table = table;
        this.geoJson = geoJson;
    }

    @GetMapping("/riskmaps/runs/{id}/territories")
    String page(@PathVariable long id, @RequestParam(required = false) Set<Integer> level,
                @RequestParam(defaultValue = "false") boolean flagged, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "RANK") Sort sort, @RequestParam(defaultValue = "false") boolean desc,
                @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        ModelRun run = access.finished(id, Actor.current());
        RunSummary summary = access.summary(run);
        RunWords words = header.add(run, locale, model);
        List<Row> rows = table.rows(run, new Query(level, flagged, q, sort, desc));
        int first = (int) Math.min((long) Math.max(page, 0) * PAGE, rows.size());
        model.addAttribute("rows", rows.subList(first, Math.min(first + PAGE, rows.size())));
        model.addAttribute("total", rows.size());
        model.addAttribute("first", first);
        model.addAttribute("page", first / PAGE);
        model.addAttribute("levels", IntStream.rangeClosed(1, summary.levels().count()).boxed().toList());
        model.addAttribute("levelCount", summary.levels().count());
        model.addAttribute("chosenLevels", level == null ? Set.of() : level);
        model.addAttribute("flagged", flagged);
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        model.addAttribute("desc", desc);
        model.addAttribute("sorts", Sort.values());
        String filters = filters(level, flagged, q);
        model.addAttribute("filters", filters);
        model.addAttribute("paging", filters + "&sort=" + sort + "&desc=" + desc + "&page=");
        model.addAttribute("without", summary.diagnostics() == null ? 0 : summary.diagnostics().withoutBoundary().size());
        model.addAttribute("method", words.method(summary.levels()));
        return "riskmaps/results/territories";
    }

    @GetMapping("/riskmaps/runs/{id}/territories.csv")
    void csv(@PathVariable long id, @RequestParam(required = false) Set<Integer> level,
             @RequestParam(defaultValue = "false") boolean flagged, @RequestParam(required = false) String q,
             @RequestParam(defaultValue = "utf-8") String encoding, Locale locale, HttpServletResponse response)
            throws IOException {
        ModelRun run = access.finished(id, Actor.current());
        Charset charset = "windows-1252".equalsIgnoreCase(encoding) ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
        TableExport.csv(response, fileName(run), sheet(run, new Query(level, flagged, q, Sort.RANK, false), locale), charset);
    }

    @GetMapping("/riskmaps/runs/{id}/territories.xlsx")
    void xlsx(@PathVariable long id, @RequestParam(required = false) Set<Integer> level,
              @RequestParam(defaultValue = "false") boolean flagged, @RequestParam(required = false) String q,
              Locale locale, HttpServletResponse response) throws IOException {
        ModelRun run = access.finished(id, Actor.current());
        String sheetName = RunWords.of(locale, messages).message("riskmaps.results.territories.title");
        TableExport.xlsx(response, fileName(run), sheetName, sheet(run, new Query(level, flagged, q, Sort.RANK, false), locale));
    }

    @GetMapping("/riskmaps/runs/{id}/territories.geojson")
    void geojson(@PathVariable long id, HttpServletResponse response) throws IOException {
        ModelRun run = access.finished(id, Actor.current());
        response.setContentType("application/geo+json");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName(run) + ".geojson").build().toString());
        geoJson.full(run, response.getOutputStream());
    }

    /** The filters as a query string, for the downloads and the pages' links. */
    private static String filters(Set<Integer> levels, boolean flagged, String q) {
        var query = UriComponentsBuilder.newInstance();
        if (levels != null) {
            levels.stream().sorted().forEach(l -> query.queryParam("level", l));
        }
        query.queryParam("flagged", flagged);
        if (q != null && !q.isBlank()) {
            query.queryParam("q", q.strip());
        }
        return query.encode().build().getQuery();
    }

    /** The table as a spreadsheet's rows: headings in the reader's language, figures as numbers. */
    private Stream<List<Object>> sheet(ModelRun run, Query query, Locale locale) {
        RunWords words = RunWords.of(locale, messages);
        LevelScheme levels = access.summary(run).levels();
        List<Object> headings = new ArrayList<>();
        for (String column : List.of("code", "name", "children", "expected", "rate", "rateLow", "rateHigh", "rank",
                "rankLow", "rankHigh", "level", "levelName", "fewChildren", "wideInterval")) {
            headings.add(words.message("riskmaps.results.column." + column));
        }
        String yes = words.message("riskmaps.results.yes");
        String no = words.message("riskmaps.results.no");
        return Stream.concat(Stream.of(headings), table.rows(run, query).stream().map(row -> {
            TerritoryResult t = row.result();
            return List.<Object>of(row.code(), row.name(), Math.round(t.children()), rounded(t.expected(), 1),
                    rounded(t.rate() * 100, 3), rounded(t.rateLow() * 100, 3), rounded(t.rateHigh() * 100, 3),
                    t.rank(), rounded(t.rankLow(), 1), rounded(t.rankHigh(), 1), t.level(),
                    words.level(t.level(), levels.count()), t.fewChildren() ? yes : no, t.wideInterval() ? yes : no);
        }));
    }

    private static double rounded(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    static String fileName(ModelRun run) {
        return "risk-map-" + run.country().toLowerCase(Locale.ROOT) + "-run-" + run.id();
    }
}
