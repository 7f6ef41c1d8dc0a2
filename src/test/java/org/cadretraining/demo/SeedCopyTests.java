package org.cadretraining.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The demo reads a copy of the shared seed; when the original is at hand, the copy must not have drifted. */
class SeedCopyTests {

    private static final Path ORIGINAL = Path.of("..", "shared", "seed", "seed-course.yaml");

    @Test
    void bundledSeedIsAnExactCopyOfTheSharedSeed() throws IOException {
        Assumptions.assumeTrue(
                Files.isRegularFile(ORIGINAL), "the shared seed is not next to this project: " + ORIGINAL);
        try (InputStream copy = new ClassPathResource(Seed.LOCATION).getInputStream()) {
            assertThat(new String(copy.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(ORIGINAL));
        }
    }

    @Test
    void bundledSeedPageIsAnExactCopyOfTheSharedSeedPage() throws IOException {
        Path original = Path.of("..", "shared", "seed", "000_c5fcdf2f7e229710.txt");
        Assumptions.assumeTrue(Files.isRegularFile(original), "the shared seed page is not next to this project");
        try (InputStream copy = new ClassPathResource("seed/seed-news-page.txt").getInputStream()) {
            assertThat(new String(copy.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(original));
        }
    }

    @Test
    void seedGivesTheFactsTheDemoNeeds() {
        Seed seed = Seed.load();

        assertThat(seed.organisationName()).isEqualTo("SIT");
        assertThat(seed.partyCommittee()).isEqualTo("Party Committee of SIT");
        assertThat(seed.unitsNamed()).contains("Organization Department", "Basic Courses Department");
        assertThat(seed.hostInstitution()).isEqualTo("Party School of Jinzhou Municipal Committee");
        assertThat(seed.teamLeader()).isEqualTo(new Seed.Person("Hu Xiaomei", "Party Secretary"));
        assertThat(seed.namedParticipants())
                .containsExactly(new Seed.Person(
                        "Bai Jing", "member of the Party committee, director of the Organization Department"));
    }

    @Test
    void aUnitTheSeedDoesNotNameStopsTheLoading() {
        Seed seed = Seed.parse(new ByteArrayInputStream(
                "organisation: { name_en: X, units_named: [ Library ] }".getBytes(StandardCharsets.UTF_8)));

        assertThat(seed.unitNamed("Library")).isEqualTo("Library");
        assertThatIllegalStateException()
                .isThrownBy(() -> seed.unitNamed("Organization Department"))
                .withMessageContaining("Organization Department");
        assertThatIllegalStateException()
                .isThrownBy(seed::hostInstitution)
                .withMessageContaining("course.host_institution_en");
    }
}
