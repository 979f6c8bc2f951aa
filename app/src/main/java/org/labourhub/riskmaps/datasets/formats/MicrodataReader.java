package org.labourhub.riskmaps.datasets.formats;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * An open microdata file read one case at a time: the variables are known once it is open, the rows come by
 * {@link #next()} and only the current one is held. Problems with the content are {@link MicrodataProblem}s; an
 * {@link IOException} is a failure of the disk, not of the file.
 */
public interface MicrodataReader extends Closeable {

    /** The file's name, for problems and pages. */
    String fileName();

    List<Variable> variables();

    /** The next case, or null after the last; the same {@link Row} object is filled again on each call. */
    Row next() throws IOException;

    /** The number of cases the file announces, or -1 when it does not say (CSV, some SPSS files). */
    default long announcedCases() {
        return -1;
    }

    /** The position of the variable with this name, or a problem naming it. */
    default int columnOf(String name) {
        List<Variable> variables = variables();
        for (int i = 0; i < variables.size(); i++) {
            if (variables.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new MicrodataProblem(MicrodataProblem.Kind.UNKNOWN_VARIABLE, fileName(), 0, 0, name, name);
    }
}
