package org.labourhub;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader must never see in a page, report or export: "null", an unresolved or raw message key, JSON, an
 * internal code (an enum constant's name), a file name or word about how the demo data was made, an ISO date or a
 * year written like a number, and text shown in another language than the reader's.
 */
final class ReaderText {

    private static final Pattern NULL = Pattern.compile("(?<![\\w-])null(?![\\w-])");
    private static final Pattern UNRESOLVED_KEY = Pattern.compile("\\?\\?[\\w.-]+\\?\\?");
    private static final Pattern JSON = Pattern.compile("\\{\\s*\"[\\w -]+\"\\s*:|\\[\\s*\\{\\s*\"");
    private static final Pattern DEMO_MAKING = Pattern.compile(
            "(?i:(?<![-/])\\b(seeds?|semillas?|semences?|sementes?)\\b)|RISK-MODEL|\\b[\\w-]+\\.(md|json|properties|java|html|csv)\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(19|20)\\d{2}-[01]\\d-[0-3]\\d\\b");
    private static final Pattern GROUPED_YEAR = Pattern.compile("\\b[12][.,\\u00a0\\u202f ]\\d{3}\\s*[–-]\\s*[12][.,\\u00a0\\u202f ]\\d{3}\\b");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{3,}\\b");
    private static final Pattern DOTTED = Pattern.compile("\\b[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+){1,}\\b");

    /** Upper-case words that are names readers know, not codes (acronyms of organisations and standards). */
    private static final Set<String> ACRONYMS = Set.of("IATI", "OIT", "ILO", "OEA", "OAS", "CIMT", "IACML", "PDF", "CSV",
            "XLSX", "DOCX", "USD", "EUR", "CAD", "GBP", "SEED", "SDG", "ODS", "ODD", "OSH", "SST", "SSO", "ISO", "URL",
            "HTML", "XML", "API", "JSON", "ICS",
            // a statistics package whose files the risk maps read, and the ILO's International Migration Programme
            "SPSS", "MIGRANT");

    private final Set<String> codes;
    private final Set<String> messageKeys;

    private ReaderText(Set<String> codes, Set<String> messageKeys) {
        this.codes = codes;
        this.messageKeys = messageKeys;
    }

    /** The rules with the names of every enum constant of LabourHub's code and every message key. */
    static ReaderText rules() throws Exception {
        var codes = new HashSet<String>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> "java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName()));
        for (var candidate : scanner.findCandidateComponents("org.labourhub")) {
            for (Object constant : Class.forName(candidate.getBeanClassName()).getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                if (name.length() > 2 && !ACRONYMS.contains(name)) {
                    codes.add(name);
                }
            }
        }
        var keys = new HashSet<String>();
        for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*/messages_en.properties")) {
            var properties = new Properties();
            try (InputStream in = bundle.getInputStream()) {
                properties.load(in);
            }
            keys.addAll(properties.stringPropertyNames());
        }
        return new ReaderText(codes, keys);
    }

    /** Problems in a page: its visible text, the texts of its attributes a reader meets, and its language marks. */
    List<String> inPage(Document page) {
        var problems = new ArrayList<String>();
        page.select("script, style, template, noscript").remove();
        String language = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
        String text = page.body() == null ? "" : page.body().text();
        StringBuilder attributes = new StringBuilder();
        for (Element e : page.select("[title], [aria-label], [placeholder], [alt], input[type=submit][value], option")) {
            for (String name : List.of("title", "aria-label", "placeholder", "alt")) {
                attributes.append(' ').append(e.attr(name));
            }
            if (e.is("option")) {
                attributes.append(' ').append(e.text());
            }
        }
        problems.addAll(inText(text + " " + attributes.toString(), true));
        problems.addAll(inText(page.title(), true));
        for (Element marked : page.select(".untranslated")) {
            problems.add("marked not translated: \"" + cut(marked.parent() == null ? marked.text() : marked.parent().text()) + "\"");
        }
        for (Element other : page.select("body [lang]")) {
            boolean editedInEveryLanguage = other.is("textarea, input, select, option") || other.closest("form") != null;
            if (!other.attr("lang").equals(language) && other.closest("nav.languages") == null && !editedInEveryLanguage
                    && !other.text().isBlank()) {
                problems.add("text in " + other.attr("lang") + " on a " + language + " page: \"" + cut(other.text()) + "\"");
            }
        }
        return problems;
    }

    /** Problems in text a reader reads (a page's text, a report's text, an export's header). */
    List<String> inText(String text, boolean dates) {
        var problems = new ArrayList<String>();
        find(NULL, text, "\"null\"", problems);
        find(UNRESOLVED_KEY, text, "unresolved message key", problems);
        find(JSON, text, "raw JSON", problems);
        Matcher making = DEMO_MAKING.matcher(text);
        while (making.find()) {
            if (!making.group().equals("SEED")) { // the ILO's InFocus programme IFP/SEED
                problems.add("word about how the demo was made or a file name: \"" + around(text, making.start(), making.end()) + "\"");
            }
        }
        find(GROUPED_YEAR, text, "years written as numbers", problems);
        if (dates) {
            find(ISO_DATE, text, "ISO date", problems);
        }
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            if (codes.contains(code.group())) {
                problems.add("internal code " + code.group() + ": \"" + around(text, code.start(), code.end()) + "\"");
            }
        }
        Matcher dotted = DOTTED.matcher(text);
        while (dotted.find()) {
            if (messageKeys.contains(dotted.group())) {
                problems.add("message key " + dotted.group() + ": \"" + around(text, dotted.start(), dotted.end()) + "\"");
            }
        }
        return problems;
    }

    private static void find(Pattern pattern, String text, String what, List<String> problems) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            problems.add(what + ": \"" + around(text, m.start(), m.end()) + "\"");
        }
    }

    private static String around(String text, int start, int end) {
        return text.substring(Math.max(0, start - 50), Math.min(text.length(), end + 50)).replaceAll("\\s+", " ");
    }

    private static String cut(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }
}
