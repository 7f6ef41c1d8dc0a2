package org.cadretraining.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The OpenAPI document describes every way of working with a course through {@code /api/v1}: a client reads from it
 * how to import a programme, copy, upload materials, record a course afterwards, set roles and groups and the
 * training rules. A route that loses its description, or a capability without one, fails here.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentTests {

    /** Each path with the operations it must describe. */
    private static final Map<String, List<String>> CAPABILITIES = Map.ofEntries(
            Map.entry("/api/v1/courses/{id}/programme", List.of("post")),
            Map.entry("/api/v1/courses/{id}/programme/template.xlsx", List.of("get")),
            Map.entry("/api/v1/courses/{id}/copy", List.of("post")),
            Map.entry("/api/v1/courses/{id}/agenda/copy-day", List.of("post")),
            Map.entry("/api/v1/courses/{id}/agenda/{itemId}/repeat", List.of("post")),
            Map.entry("/api/v1/courses/{courseId}/materials", List.of("get", "post")),
            Map.entry("/api/v1/courses/{courseId}/materials/{materialId}", List.of("get", "delete")),
            Map.entry("/api/v1/courses/{id}/record-as-held", List.of("post")),
            Map.entry("/api/v1/courses/{id}/archive", List.of("post")),
            Map.entry("/api/v1/courses/{id}/unarchive", List.of("post")),
            Map.entry("/api/v1/courses/{id}/changes", List.of("get")),
            Map.entry("/api/v1/courses/{courseId}/attendance/afterwards", List.of("post")),
            Map.entry("/api/v1/enrolments/{id}/role", List.of("put")),
            Map.entry("/api/v1/courses/{courseId}/study-groups", List.of("get", "post")),
            Map.entry("/api/v1/enrolments/{id}/study-group", List.of("put")),
            Map.entry("/api/v1/training-rules", List.of("get", "put")));

    @Autowired
    MockMvcTester mvc;

    @Test
    void theDocumentDescribesEveryCourseCapabilityOfTheApiWithASummary() throws Exception {
        MvcTestResult document =
                mvc.get().uri("/v3/api-docs").with(user("api-reader")).exchange();
        assertThat(document).hasStatusOk();
        String json = document.getResponse().getContentAsString(StandardCharsets.UTF_8);
        Map<String, Map<String, Object>> paths = JsonPath.read(json, "$.paths");

        CAPABILITIES.forEach((path, methods) -> {
            assertThat(paths).as("paths").containsKey(path);
            for (String method : methods) {
                assertThat(paths.get(path)).as(path).containsKey(method);
                @SuppressWarnings("unchecked")
                Map<String, Object> operation =
                        (Map<String, Object>) paths.get(path).get(method);
                assertThat((String) operation.get("summary"))
                        .as(method + " " + path + " has a summary")
                        .isNotBlank();
            }
        });
    }

    @Test
    void theTrainingRulesAreDescribedWithTheEveningSettingAndItsChoices() throws Exception {
        String json = mvc.get()
                .uri("/v3/api-docs")
                .with(user("api-reader"))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        List<String> choices =
                JsonPath.read(json, "$.components.schemas.TrainingRulesForm.properties.eveningCredit.enum");
        assertThat(choices).containsExactlyInAnyOrder("HALF_DAY_BLOCK", "BY_MINUTES", "NONE");
        List<String> required = JsonPath.read(json, "$.components.schemas.TrainingRulesForm.required");
        assertThat(required).contains("eveningCredit", "hoursPerHalfDay", "afternoonStarts");
    }
}
