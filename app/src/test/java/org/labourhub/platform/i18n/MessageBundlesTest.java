package org.labourhub.platform.i18n;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page and message exists in all four languages. */
class MessageBundlesTest {

    private static final List<String> LANGUAGES = List.of("es", "en", "fr", "pt");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    @Test
    void everyModuleBundleHasTheSameKeysInAllFourLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String module : modules()) {
            Set<String> all = new TreeSet<>();
            for (String lang : LANGUAGES) {
                all.addAll(keys(module, lang));
            }
            for (String lang : LANGUAGES) {
                Set<String> missing = new TreeSet<>(all);
                missing.removeAll(keys(module, lang));
                if (!missing.isEmpty()) {
                    problems.add("i18n/" + module + "/messages_" + lang + ".properties lacks " + missing);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noMessageIsEmptyAndApostrophesAreDoubled() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String module : modules()) {
            for (String lang : LANGUAGES) {
                Properties p = load(module, lang);
                for (String key : p.stringPropertyNames()) {
                    String value = p.getProperty(key);
                    if (value.isBlank()) {
                        problems.add(module + "/" + lang + ": " + key + " is empty");
                    }
                    if (value.replace("''", "").contains("'")) {
                        problems.add(module + "/" + lang + ": " + key + " has a single apostrophe (write '' )");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Bundles merge line by line (git's union merge), so a key changed on two branches could appear twice. */
    @Test
    void noKeyIsWrittenTwiceInABundle() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String module : modules()) {
            for (String lang : LANGUAGES) {
                Path file = Path.of("src/main/resources/i18n", module, "messages_" + lang + ".properties");
                Set<String> seen = new TreeSet<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int equals = line.indexOf('=');
                    if (line.isBlank() || line.startsWith("#") || equals < 0) {
                        continue;
                    }
                    String key = line.substring(0, equals).strip();
                    if (!seen.add(key)) {
                        problems.add(file + ": " + key + " is written twice");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A plural or a number in a message is read by ICU's MessageFormat; a pattern it cannot read fails here, not on a page. */
    @Test
    void everyMessageIsAPatternIcuReads() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String module : modules()) {
            for (String lang : LANGUAGES) {
                Properties p = load(module, lang);
                for (String key : p.stringPropertyNames()) {
                    try {
                        new com.ibm.icu.text.MessageFormat(p.getProperty(key), java.util.Locale.forLanguageTag(lang));
                    } catch (IllegalArgumentException unreadable) {
                        problems.add(module + "/" + lang + ": " + key + ": " + unreadable.getMessage());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String module : modules()) {
            known.addAll(keys(module, "en"));
        }
        List<String> problems = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = MESSAGE_KEY.matcher(Files.readString(template));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        problems.add(template + " uses unknown key " + m.group(1));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    static List<String> modules() throws IOException {
        Resource[] english = new PathMatchingResourcePatternResolver().getResources(MessageConfiguration.PATTERN);
        List<String> modules = new ArrayList<>();
        for (String basename : MessageConfiguration.moduleBundles()) {
            modules.add(basename.replace("classpath:i18n/", "").replace("/messages", ""));
        }
        assertThat(english).isNotEmpty();
        return modules;
    }

    private static Set<String> keys(String module, String lang) throws IOException {
        return load(module, lang).stringPropertyNames();
    }

    private static Properties load(String module, String lang) throws IOException {
        var properties = new Properties();
        Path file = Path.of("src/main/resources/i18n", module, "messages_" + lang + ".properties");
        assertThat(file).as("bundle file").exists();
        try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
