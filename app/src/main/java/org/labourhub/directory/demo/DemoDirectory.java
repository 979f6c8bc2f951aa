package org.labourhub.directory.demo;

import org.labourhub.platform.DemoMode;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;

/**
 * On the first start in demo mode, fills the empty directory with the countries, organisations, networks, focal
 * points and experts the source documents name (files in {@code demo/directory/}), all in one transaction with batch inserts.
 * French is the original language of every text taken from those documents.
 */
@Component
@Order(5)
public class DemoDirectory implements ApplicationRunner {

    static final String FOLDER = "demo/directory/";
    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

    private final DemoMode demo;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    DemoDirectory(DemoMode demo, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long countries = jdbc.queryForObject("select count(*) from directory.country", Long.class);
        if (!demo.isOn() || countries == null || countries > 0) {
            return;
        }
        long start = System.nanoTime();
        transaction.executeWithoutResult(status -> new DemoDirectoryLoad(jdbc, DemoDirectory::table).run());
        log.info("Demo directory loaded from {} in {} ms", FOLDER, (System.nanoTime() - start) / 1_000_000);
    }

    public static CsvTable table(String name) {
        var resource = new ClassPathResource(FOLDER + name);
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return CsvTable.read(FOLDER + name, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the demo file " + FOLDER + name, e);
        }
    }

    /** A multilingual text from columns such as name_fr, name_en…; French is the original when present. */
    static String text(CsvTable.Row row, String prefix) {
        var translations = new EnumMap<Language, String>(Language.class);
        Language original = null;
        for (Language language : List.of(Language.FR, Language.EN, Language.ES, Language.PT)) {
            String column = prefix + "_" + language.code();
            String value = row.values().containsKey(column) ? row.get(column) : "";
            if (!value.isEmpty()) {
                translations.put(language, value);
                original = original == null ? language : original;
            }
        }
        return original == null ? null : MultilingualTextJson.write(new MultilingualText(original, translations));
    }
}
