package org.cadretraining.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Nineteen invented leading cadres ({@code demo/sample-cadres.yaml}), so that with Bai Jing the seed's "20 leading
 * cadres" exist beside Hu Xiaomei, who led the team. The seed names none of them; each record's note says it is
 * sample data.
 */
final class SampleCadres {

    static final String NOTE = "示例数据（非种子文件内容） / Illustrative sample data, not from the seed";
    private static final String LOCATION = "demo/sample-cadres.yaml";

    private SampleCadres() {}

    /** The sample cadres, each in its unit (by the unit codes of {@link DemoOrganisation}). */
    static List<CadreDetails> cadres(Map<String, Long> unitIds) {
        return samples().stream().map(sample -> cadre(sample, unitIds)).toList();
    }

    private static CadreDetails cadre(Map<String, Object> sample, Map<String, Long> unitIds) {
        String staffNumber = text(sample, "staffNumber");
        String rank = text(sample, "rank");
        Long unitId = unitIds.get(text(sample, "unit"));
        if (unitId == null) {
            throw new IllegalStateException(LOCATION + ": no unit " + sample.get("unit") + " for " + staffNumber);
        }
        return new CadreDetails(
                staffNumber,
                text(sample, "name"),
                text(sample, "nameEn"),
                Gender.valueOf(text(sample, "gender")),
                unitId,
                text(sample, "positionZh"),
                text(sample, "positionEn"),
                rank,
                "SECTION".equals(rank) ? "科级干部" : "中层干部",
                "",
                staffNumber.toLowerCase(Locale.ROOT) + "@example.org",
                NOTE,
                true);
    }

    private static List<Map<String, Object>> samples() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + LOCATION, e);
        }
    }

    private static String text(Map<String, Object> sample, String key) {
        Object value = sample.get(key);
        if (value == null) {
            throw new IllegalStateException(LOCATION + ": a sample cadre has no " + key);
        }
        return value.toString();
    }
}
