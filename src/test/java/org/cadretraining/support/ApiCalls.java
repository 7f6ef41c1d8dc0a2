package org.cadretraining.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.cadretraining.shared.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** JSON calls to the API as a signed-in person, and what tests read from the answers. */
public final class ApiCalls {

    private ApiCalls() {}

    public static MvcTestResult postJson(MockMvcTester mvc, String uri, String json, CurrentUser user) {
        return mvc.post()
                .uri(uri)
                .with(as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    /** The id at the end of the Location of a 201 answer. */
    public static long idOf(MvcTestResult created) {
        assertThat(created).hasStatus(201);
        String location = created.getResponse().getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    public static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
