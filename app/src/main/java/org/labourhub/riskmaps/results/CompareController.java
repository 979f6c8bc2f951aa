package org.labourhub.riskmaps.results;

import org.labourhub.accounts.Actor;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.ModelRuns;
import org.labourhub.riskmaps.TerritoryResult;
import org.labourhub.riskmaps.results.TerritoryTable.Row;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two finished runs compared (two survey rounds, say): the territories of both whose level went up or down, with
 * the change of their rate. Without two runs chosen, the page offers the runs the reader may see.
 */
@Controller
class CompareController {

    private final ModelRuns runs;
    private final RunAccess access;
    private final TerritoryTable table;
    private final RunHeader header;
    private final MessageSource messages;

    CompareController(ModelRuns runs, RunAccess access, TerritoryTable table, RunHeader header, MessageSource messages) {
        this.runs = runs;
        this.access = access;
        this.table = table;
        this.header = header;
        this.messages = messages;
    }

    /** A territory whose level changed from the first run to the second. */
    record Change(String code, String name, String levelBefore, String levelAfter, boolean up, String rateBefore,
                  String rateAfter, String rateChange) {
    }

    @GetMapping("/riskmaps/compare")
    String compare(@RequestParam(required = false) Long a, @RequestParam(required = false) Long b, Locale locale,
                   Model model) {
        Actor actor = Actor.current();
        RunWords words = RunWords.of(locale, messages);
        model.addAttribute("words", words);
        model.addAttribute("choices", runs.visibleTo(actor, null).stream().filter(ModelRun::isFinished).toList());
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        if (a == null || b == null) {
            return "riskmaps/results/compare";
        }
        ModelRun first = access.finished(a, actor);
        ModelRun second = access.finished(b, actor);
        int countBefore = access.summary(first).levels().count();
        int countAfter = access.summary(second).levels().count();
        Map<String, Row> before = table.rows(first, TerritoryTable.Query.all()).stream().collect(Collectors.toMap(Row::code, Function.identity()));
        var changes = new ArrayList<Change>();
        int common = 0;
        for (Row after : table.rows(second, TerritoryTable.Query.all())) {
            Row old = before.get(after.code());
            if (old == null) {
                continue;
            }
            common++;
            TerritoryResult x = old.result();
            TerritoryResult y = after.result();
            if (x.level() != y.level()) {
                changes.add(new Change(y.code(), after.name(), words.level(x.level(), countBefore),
                        words.level(y.level(), countAfter), y.level() > x.level(), words.rate(x.rate()),
                        words.rate(y.rate()),
                        words.message("riskmaps.results.points", words.decimal((y.rate() - x.rate()) * 100, 1))));
            }
        }
        changes.sort(Comparator.comparing(Change::up).reversed().thenComparing(Change::code, TerritoryTable::compareCodes));
        model.addAttribute("first", first);
        model.addAttribute("second", second);
        model.addAttribute("firstCountry", header.countryName(first.country(), locale));
        model.addAttribute("secondCountry", header.countryName(second.country(), locale));
        model.addAttribute("changes", changes);
        model.addAttribute("up", changes.stream().filter(Change::up).count());
        model.addAttribute("down", changes.stream().filter(c -> !c.up()).count());
        model.addAttribute("common", common);
        return "riskmaps/results/compare";
    }

}
