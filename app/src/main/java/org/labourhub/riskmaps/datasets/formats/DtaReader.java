package org.labourhub.riskmaps.datasets.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.labourhub.riskmaps.datasets.formats.DtaDictionary.BYTE;
import static org.labourhub.riskmaps.datasets.formats.DtaDictionary.DOUBLE;
import static org.labourhub.riskmaps.datasets.formats.DtaDictionary.FLOAT;
import static org.labourhub.riskmaps.datasets.formats.DtaDictionary.INT;
import static org.labourhub.riskmaps.datasets.formats.DtaDictionary.LONG;
import static org.labourhub.riskmaps.datasets.formats.DtaDictionary.STRL;

/**
 * A Stata {@code .dta} file, formats 110 to 119 (Stata 7 to 18), either byte order. Numbers in Stata's missing codes
 * come out missing: {@code .} as system-missing, {@code .a}–{@code .z} as declared-missing with the code. A float
 * comes out as the shortest decimal that reads back as the same float (0.1, not 0.10000000149).
 */
final class DtaReader implements MicrodataReader {

    private final BinaryInput in;
    private final DtaDictionary dictionary;
    private final DtaMissing missing;
    private final DtaStrls strls;
    private final List<Variable> variables;
    private final Row row;
    private long read;

    private DtaReader(BinaryInput in) throws IOException {
        this.in = in;
        this.dictionary = DtaDictionary.read(in);
        this.missing = new DtaMissing(dictionary.extendedMissing());
        if (dictionary.valueLabels < 0) {
            in.seek(dictionary.data + dictionary.cases * recordWidth());
        }
        Map<String, Map<String, String>> labelSets = DtaValueLabels.read(in, dictionary);
        this.strls = DtaStrls.read(in, dictionary);
        this.variables = variables(labelSets);
        this.row = new Row(variables);
        in.seek(dictionary.data);
        if (dictionary.valueLabels >= 0) {
            in.expect("<data>", DtaDictionary.FORMAT);
        }
    }

    static DtaReader open(Path file) throws IOException {
        BinaryInput in = BinaryInput.open(file);
        try {
            return new DtaReader(in);
        } catch (RuntimeException | IOException failed) {
            in.close();
            throw failed;
        }
    }

    private long recordWidth() {
        long width = 0;
        for (int type : dictionary.types) {
            width += dictionary.width(type);
        }
        return width;
    }

    private List<Variable> variables(Map<String, Map<String, String>> labelSets) {
        var list = new ArrayList<Variable>(dictionary.types.length);
        for (int i = 0; i < dictionary.types.length; i++) {
            Variable.Kind kind = dictionary.isText(dictionary.types[i]) ? Variable.Kind.TEXT : Variable.Kind.NUMBER;
            list.add(new Variable(dictionary.names[i], dictionary.labels[i], kind,
                    labelSets.get(dictionary.labelSets[i]), DeclaredMissing.NONE, dictionary.formats[i]));
        }
        return List.copyOf(list);
    }

    @Override
    public String fileName() {
        return in.fileName();
    }

    @Override
    public List<Variable> variables() {
        return variables;
    }

    @Override
    public long announcedCases() {
        return dictionary.cases;
    }

    @Override
    public Row next() throws IOException {
        if (read == dictionary.cases) {
            return null;
        }
        row.start(++read);
        try {
            for (int column = 0; column < dictionary.types.length; column++) {
                readCell(column, dictionary.types[column]);
            }
        } catch (MicrodataProblem problem) {
            throw new MicrodataProblem(problem.kind(), fileName(), read, 0, null, problem.args().toArray());
        }
        return row;
    }

    private void readCell(int column, int type) throws IOException {
        switch (type) {
            case BYTE -> { int v = in.int8(); integer(column, v, missing.ofByte(v)); }
            case INT -> { int v = in.int16(); integer(column, v, missing.ofInt(v)); }
            case LONG -> { int v = in.int32(); integer(column, v, missing.ofLong(v)); }
            case FLOAT -> {
                float v = in.float32();
                number(column, Double.parseDouble(Float.toString(v)), missing.ofFloat(v));
            }
            case DOUBLE -> { double v = in.float64(); number(column, v, missing.ofDouble(v)); }
            case STRL -> row.putText(column, strls.text(in, in.int64()));
            default -> row.putText(column, dictionary.decode(in.bytes(type)));
        }
    }

    private void integer(int column, int value, String code) {
        number(column, value, code);
    }

    private void number(int column, double value, String code) {
        if (code == null) {
            row.putNumber(column, value);
        } else {
            row.putMissingCode(column, code);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
