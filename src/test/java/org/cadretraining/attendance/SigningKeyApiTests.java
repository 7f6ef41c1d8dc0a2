package org.cadretraining.attendance;

import static org.cadretraining.support.TestPrincipal.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Only an administrator rotates the key, and not one that comes from configuration (as in the tests). */
@SpringBootTest
@AutoConfigureMockMvc
class SigningKeyApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void onlyAnAdministratorMayRotate() throws Exception {
        mvc.perform(post("/api/v1/attendance/signing-keys/rotation").with(as(TestPrincipal.organiser())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aConfiguredKeyIsRotatedInTheConfigurationAndTheRefusalSaysSo() throws Exception {
        mvc.perform(post("/api/v1/attendance/signing-keys/rotation")
                        .param("lang", "en")
                        .with(as(TestPrincipal.administrator())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("app.attendance.previous-code-secrets")));
    }
}
