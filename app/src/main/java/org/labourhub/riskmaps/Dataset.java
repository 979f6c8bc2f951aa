package org.labourhub.riskmaps;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An uploaded file of microdata or territory data for one country. Its microdata ({@code storedFile}, and the copy
 * the engine reads, {@code engineFile}, both relative to the datasets folder) may be deleted by its uploader or the
 * secretariat; the description (checksum, rows, variables) stays so that runs made from it remain described.
 */
public record Dataset(long id, String country, DatasetKind kind, String name, String round, DatasetFormat format,
                      String originalName, String storedFile, String engineFile, long bytes, String sha256, long rows,
                      List<DatasetVariable> variables, String uploadedBy, OffsetDateTime uploadedAt,
                      OffsetDateTime deletedAt, int version) {

    public Dataset {
        variables = List.copyOf(variables);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Optional<DatasetVariable> variable(String name) {
        return variables.stream().filter(v -> v.name().equals(name)).findFirst();
    }
}
