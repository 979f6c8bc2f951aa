package org.labourhub.projects.importing.iati;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Validates whole activity files against the official IATI 2.03 schema, as the application does ({@link ActivitySchema}). */
public final class IatiSchema {

    /** One schema error, where the validator found it. */
    public record Problem(int line, int column, String message) {
        @Override
        public String toString() {
            return line + ":" + column + " " + message;
        }
    }

    private IatiSchema() {
    }

    public static List<Problem> validate(Path file) {
        try {
            return validate(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Problem> validate(String xml) {
        return validate(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** Every error in the file, in order; empty when it is valid. A file that is not well-formed stops at its first. */
    public static List<Problem> validate(byte[] xml) {
        return ActivitySchema.violations(new ByteArrayInputStream(xml)).stream()
                .map(v -> new Problem(v.line(), v.column(), v.message())).toList();
    }
}
