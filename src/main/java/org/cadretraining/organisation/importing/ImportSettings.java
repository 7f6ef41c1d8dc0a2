package org.cadretraining.organisation.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the import: the largest file accepted (below {@code spring.servlet.multipart.max-file-size}, so that
 * the refusal can be explained), the most rows a file may hold, how many jobs one node runs at a time, and how far
 * a workbook may inflate when unpacked (in total, and as a multiple of its own size above 1 MB).
 */
@ConfigurationProperties("app.import")
record ImportSettings(
        @DefaultValue("30MB") DataSize maxFileSize,
        @DefaultValue("200000") int maxRows,
        @DefaultValue("1") int parallelJobs,
        @DefaultValue("300MB") DataSize maxInflatedSize,
        @DefaultValue("100") int maxInflationRatio) {

    InflatedSize inflatedSize() {
        return new InflatedSize(maxInflatedSize.toBytes(), maxInflationRatio);
    }
}
