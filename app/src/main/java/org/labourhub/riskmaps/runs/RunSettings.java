package org.labourhub.riskmaps.runs;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/**
 * Where runs work and what the engine's process may use: its heap ({@code LABOURHUB_RISK_RUN_HEAP}, e.g. 4g: a
 * census of 10 million children needs about 2 GB) and its threads ({@code LABOURHUB_RISK_RUN_THREADS}, by default
 * all the cores: the process runs at a lower priority than the web pages, see {@link EngineProcess}).
 */
@Component
class RunSettings {

    private final Path datasets;
    private final Path runs;
    private final String heap;
    private final int threads;

    RunSettings(@Value("${labourhub.riskmaps.datasets-folder}") Path datasets,
                @Value("${labourhub.riskmaps.runs-folder}") Path runs,
                @Value("${labourhub.riskmaps.run-heap}") String heap,
                @Value("${labourhub.riskmaps.run-threads}") int threads) {
        this.datasets = datasets;
        this.runs = runs;
        this.heap = heap;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    Path datasetFile(String relative) {
        return datasets.resolve(relative);
    }

    Path runFolder(long runId) {
        return runs.resolve(String.valueOf(runId));
    }

    String heap() {
        return heap;
    }

    int threads() {
        return threads;
    }
}
