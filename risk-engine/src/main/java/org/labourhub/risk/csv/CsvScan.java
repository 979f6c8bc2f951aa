package org.labourhub.risk.csv;

import java.nio.file.Path;

/**
 * Parses every field of every line — numbers into doubles, other fields hashed — and does nothing else. The
 * benchmark's yardstick for "simply parsing the census file" with the same reader and threads as the transfer.
 */
public final class CsvScan {

    /** Lines read and a checksum that keeps the work from being optimised away. */
    public record Scan(long lines, double checksum) {
    }

    private CsvScan() {
    }

    public static Scan of(Path path, int threads) {
        var file = new CsvFile(path);
        long[] lines = {0};
        double[] checksum = {0};
        file.forEachBlock(threads, (cursor, offset) -> {
            long count = 0;
            double sum = 0;
            while (cursor.next()) {
                count++;
                for (int f = 0; f < cursor.fieldCount(); f++) {
                    double value = cursor.number(f);
                    sum += Double.isNaN(value) ? cursor.fieldHash(f) : value;
                }
            }
            return new Scan(count, sum);
        }, scan -> {
            lines[0] += scan.lines();
            checksum[0] += scan.checksum();
        });
        return new Scan(lines[0], checksum[0]);
    }
}
