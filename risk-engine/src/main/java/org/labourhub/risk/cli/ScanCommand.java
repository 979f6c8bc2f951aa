package org.labourhub.risk.cli;

import java.io.PrintStream;
import java.util.Set;
import org.labourhub.risk.RiskRun;
import org.labourhub.risk.csv.CsvScan;

/** {@code scan}: parse a file and nothing more, to measure what parsing alone costs. */
final class ScanCommand {

    private ScanCommand() {
    }

    static void run(String[] args, PrintStream out) {
        var a = new Arguments(args, 1, Set.of("file", "threads"));
        long start = System.nanoTime();
        long cpuStart = RiskRun.processCpuNanos();
        CsvScan.Scan scan = CsvScan.of(a.path("file"), CommandLine.threads(a));
        out.printf("%-18s %8.2f s %8.2f s cpu (%d lines, checksum %.6g)%n", "scan", (System.nanoTime() - start) / 1e9,
                (RiskRun.processCpuNanos() - cpuStart) / 1e9, scan.lines(), scan.checksum());
    }
}
