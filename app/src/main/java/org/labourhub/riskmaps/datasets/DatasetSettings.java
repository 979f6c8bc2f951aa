package org.labourhub.riskmaps.datasets;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where datasets are kept and how large one may be ({@code labourhub.riskmaps.*}).
 *
 * @param datasetsFolder where uploaded files and their copies for the engine lie (several nodes: a shared folder)
 * @param maxDatasetSize the largest dataset file accepted; every upload is also bounded by the platform's upload limit
 */
@ConfigurationProperties("labourhub.riskmaps")
record DatasetSettings(String datasetsFolder, @DefaultValue("200MB") DataSize maxDatasetSize) {
}
