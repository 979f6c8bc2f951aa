package org.labourhub.risk.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.labourhub.risk.csv.InputError;

/** A territory to generate children in: its code (e.g. the ISO 3166-2 code PE-LIM) and its region, or null. */
public record TerritoryCode(String code, String region) {

    public TerritoryCode {
        if (code == null || code.isBlank() || code.contains(",") || (region != null && (region.isBlank()
                || region.contains(",")))) {
            throw new IllegalArgumentException("a territory code is neither empty nor contains a comma");
        }
    }

    /**
     * One code per line, optionally followed by its region code after a comma, semicolon or tab. Blank lines and
     * lines starting with # are skipped. Either every line names a region or none does; codes are unique.
     */
    public static List<TerritoryCode> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw InputError.inFile(file, "cannot be read (" + e.getMessage() + ").");
        }
        var codes = new ArrayList<TerritoryCode>();
        var seen = new HashSet<String>();
        Boolean withRegions = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("[,;\t]", -1);
            if (fields.length > 2 || fields[0].isBlank() || (fields.length == 2 && fields[1].isBlank())) {
                throw InputError.at(file, i + 1, null, "write a territory code, optionally followed by its region "
                        + "code after a comma, and nothing else.");
            }
            boolean hasRegion = fields.length == 2;
            if (withRegions != null && withRegions != hasRegion) {
                throw InputError.at(file, i + 1, null, "some lines name a region and others do not. Give a region "
                        + "for every territory or for none.");
            }
            withRegions = hasRegion;
            String code = fields[0].strip();
            if (!seen.add(code)) {
                throw InputError.at(file, i + 1, null, "the territory code '" + code + "' appears twice.");
            }
            codes.add(new TerritoryCode(code, hasRegion ? fields[1].strip() : null));
        }
        if (codes.size() < 2) {
            throw InputError.inFile(file, "names fewer than 2 territories. Give one territory code per line.");
        }
        return codes;
    }
}
