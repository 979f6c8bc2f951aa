package org.labourhub.risk.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.labourhub.risk.levels.Levels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every word of the HTML outputs exists in the four languages of the platform. */
class MessagesTest {

    private static Properties bundle(String suffix) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/labourhub/risk/report/messages" + suffix + ".properties")) {
            var p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void everyKeyIsTranslatedIntoSpanishFrenchAndPortuguese() throws IOException {
        var english = bundle("_en").stringPropertyNames();
        for (String language : new String[] {"_es", "_fr", "_pt"}) {
            var translated = bundle(language);
            assertEquals(english, translated.stringPropertyNames(), "keys of messages" + language);
            for (String key : english) {
                assertTrue(!translated.getProperty(key).isBlank(), key + " is empty in messages" + language);
            }
        }
    }

    @Test
    void placeholdersAndLevelsAreFilledIn() {
        var spanish = new Messages("es");
        assertEquals("Territorio T00001", spanish.get("fiche.title", "T00001"));
        assertEquals("alto", spanish.level(new Levels(new double[] {0.1, 0.2}), 2));
        assertEquals("de 5–11 años", spanish.domain("aged 5–11"));
        assertEquals("élevé", new Messages("fr").level(new Levels(new double[] {0.1, 0.2}), 2));
        assertEquals("região R01", new Messages("pt").domain("region R01"));
    }
}
