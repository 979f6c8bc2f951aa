package org.labourhub.riskmaps.datasets.formats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourhub.riskmaps.datasets.formats.MicrodataProblem.Kind;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Files that are not what they claim, and every problem's words in the four languages. */
class MicrodataProblemTest {

    @TempDir
    Path dir;

    @Test
    void everyKindOfProblemHasItsWordsInAllFourLanguages() throws IOException {
        var missing = new ArrayList<String>();
        for (String lang : List.of("es", "en", "fr", "pt")) {
            var bundle = new Properties();
            Path file = Path.of("src/main/resources/i18n/riskmaps/messages_" + lang + ".properties");
            try (var in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                bundle.load(in);
            }
            for (Kind kind : Kind.values()) {
                if (!bundle.containsKey(kind.key())) {
                    missing.add(lang + ": " + kind.key());
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aTextFileNamedDtaIsNotAStataFile() throws IOException {
        Path file = dir.resolve("survey.dta");
        Files.writeString(file, "id,age\n1,12\n");
        assertProblem(file, Kind.NOT_THE_FORMAT, "Stata");
    }

    @Test
    void anSpssFileWithAnotherMagicIsNotAnSpssFile() throws IOException {
        Path file = dir.resolve("survey.sav");
        Files.write(file, ("$FL9" + " ".repeat(300)).getBytes(StandardCharsets.US_ASCII));
        assertProblem(file, Kind.NOT_THE_FORMAT, "SPSS");
    }

    @Test
    void aStataReleaseNotYetKnownIsAnUnsupportedVersion() throws IOException {
        Path file = dir.resolve("new.dta");
        Files.writeString(file, "<stata_dta><header><release>121</release><byteorder>LSF</byteorder>",
                StandardCharsets.US_ASCII);
        assertProblem(file, Kind.UNSUPPORTED_VERSION, "Stata", "121");
    }

    @Test
    void anOldStataFormatIsAnUnsupportedVersion() throws IOException {
        Path file = dir.resolve("old.dta");
        Files.write(file, new byte[] {105, 2, 1, 0, 1, 0, 1, 0, 0, 0});
        assertProblem(file, Kind.UNSUPPORTED_VERSION, "Stata", "105");
    }

    @Test
    void aCutHeaderIsATruncatedFile() throws IOException {
        Path file = dir.resolve("cut.sav");
        Files.write(file, ("$FL2" + "@(#) SPSS DATA FILE").getBytes(StandardCharsets.US_ASCII));
        assertProblem(file, Kind.TRUNCATED);
    }

    @Test
    void anUnknownEndingNamesTheEnding() {
        var problem = catchThrowableOfType(() -> MicrodataFormat.of(Path.of("census.sas7bdat")),
                MicrodataProblem.class);
        assertThat(problem.kind()).isEqualTo(Kind.UNKNOWN_EXTENSION);
        assertThat(problem.args()).containsExactly("sas7bdat");
    }

    private static void assertProblem(Path file, Kind kind, String... args) {
        var problem = catchThrowableOfType(() -> {
            try (MicrodataReader reader = MicrodataFormat.open(file, ReadOptions.DEFAULTS)) {
                while (reader.next() != null) {
                    // read to the end
                }
            }
        }, MicrodataProblem.class);
        assertThat(problem).as("a problem").isNotNull();
        assertThat(problem.kind()).isEqualTo(kind);
        assertThat(problem.args()).containsExactly(args);
        assertThat(problem.file()).isEqualTo(file.getFileName().toString());
    }
}
