package org.labourhub.projects.importing.iati;

import org.labourhub.projects.ImportProblem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The standard's own schema test cases: IatiSchema accepts every should-pass file and refuses every should-fail one. */
class IatiSchemaCasesTest {

    private static final Path CASES = casesDirectory();

    @ParameterizedTest(name = "{0}")
    @MethodSource("shouldPass")
    void everyShouldPassCaseIsValid(String name) {
        assertThat(IatiSchema.validate(CASES.resolve(name))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shouldFail")
    void everyShouldFailCaseIsInvalid(String name) {
        assertThat(IatiSchema.validate(CASES.resolve(name))).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shouldPass")
    void theReaderFindsNoSchemaProblemInAShouldPassCase(String name) throws Exception {
        try (var in = Files.newInputStream(CASES.resolve(name))) {
            var read = IatiActivityReader.readAll(in);
            assertThat(read).flatExtracting(IatiActivity::problems).extracting(ImportProblem::code)
                    .noneMatch(code -> code.startsWith("schema."));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shouldFail")
    void theReaderFlagsOrRefusesAShouldFailCase(String name) throws Exception {
        try (var in = Files.newInputStream(CASES.resolve(name))) {
            var reader = new IatiActivityReader(in);
            var found = new java.util.ArrayList<ImportProblem>();
            for (var next = reader.next(); next.isPresent(); next = reader.next()) {
                found.addAll(next.get().problems());
            }
            found.addAll(reader.fileProblems());
            assertThat(found).extracting(ImportProblem::code).anyMatch(code -> code.startsWith("schema."));
        } catch (javax.xml.stream.XMLStreamException | RefusedFile notRead) {
            // not well formed, or not an IATI file: refused whole
        }
    }

    @Test
    void theCasesAreAllThere() {
        assertThat(shouldPass()).hasSize(58);
        assertThat(shouldFail()).hasSize(226);
    }

    @Test
    void anErrorSaysWhereItIs() {
        var problems = IatiSchema.validate(CASES.resolve("should-fail/24-two-titles.xml"));
        assertThat(problems).first().satisfies(p -> {
            assertThat(p.line()).isGreaterThan(1);
            assertThat(p.column()).isGreaterThan(0);
            assertThat(p.message()).contains("title");
        });
    }

    @Test
    void anExternalDtdIsRefusedRatherThanFetched() {
        String valid = IatiSamples.file(IatiSamples.activity("XM-DAC-41302-DTD", "Prueba", "GT", ""));
        String xml = valid.replaceFirst("\\?>\n", "?>\n<!DOCTYPE iati-activities SYSTEM \"http://example.invalid/iati.dtd\">\n");
        assertThat(IatiSchema.validate(xml)).isNotEmpty();
        assertThat(IatiSchema.validate(valid)).isEmpty();
    }

    static List<String> shouldPass() {
        return cases("should-pass");
    }

    static List<String> shouldFail() {
        return cases("should-fail");
    }

    private static List<String> cases(String kind) {
        try (Stream<Path> files = Files.walk(CASES.resolve(kind))) {
            return files.filter(Files::isRegularFile)
                    .map(f -> CASES.relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path casesDirectory() {
        try {
            return Path.of(IatiSchemaCasesTest.class.getResource("/iati/schema-tests/README.md").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
