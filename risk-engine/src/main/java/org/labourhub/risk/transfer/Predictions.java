package org.labourhub.risk.transfer;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.labourhub.risk.config.RiskConfig;
import org.labourhub.risk.csv.CsvFile;
import org.labourhub.risk.csv.CsvFile.RowProblem;
import org.labourhub.risk.csv.CsvLine;
import org.labourhub.risk.model.Logistic;
import org.labourhub.risk.model.SurveyModel;
import org.labourhub.risk.survey.FieldReader;

/**
 * Writes p̂ for every census child within the definition's ages, one line per child (id, territory, p̂) in file
 * order, for analysts who need the child-level risk. Blocks are formatted in parallel and written in order.
 */
public final class Predictions {

    private Predictions() {
    }

    public static void write(Path census, RiskConfig config, SurveyModel model, Path output, int threads) {
        String idColumn = config.columns().id().orElseThrow(() -> new IllegalArgumentException(
                "child-level predictions need column.id in the configuration"));
        var file = new CsvFile(census);
        var layout = new CensusLayout(file, config, model.terms());
        int idField = file.column(idColumn, "id");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
            out.write(("id,territory,p\n").getBytes(StandardCharsets.UTF_8));
            var transferModel = new TransferModel(config, model);
            file.forEachBlock(threads, (lines, offset) -> block(lines, layout, transferModel, idField, idColumn, config),
                    bytes -> {
                        try {
                            bytes.writeTo(out);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output, e);
        }
    }

    private static ByteArrayOutputStream block(CsvLine lines, CensusLayout layout, TransferModel model, int idField,
                                               String idColumn, RiskConfig config) {
        var bytes = new ByteArrayOutputStream(1 << 20);
        double[] values = new double[layout.terms()];
        while (lines.next()) {
            double age = layout.age(lines);
            if (config.definition().band(age) < 0) {
                continue;
            }
            FieldReader.requireField(lines, idField, idColumn);
            FieldReader.requireField(lines, layout.territoryField, config.columns().territory());
            if (lines.isEmpty(layout.territoryField)) {
                throw new RowProblem(lines, config.columns().territory(), "the territory code is empty.");
            }
            layout.sex(lines);
            layout.read(lines, age, values);
            String line = lines.text(idField, layout.charset()) + "," + lines.text(layout.territoryField, layout.charset())
                    + "," + Logistic.of(model.linearPredictor(values)) + "\n";
            bytes.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        }
        return bytes;
    }
}
