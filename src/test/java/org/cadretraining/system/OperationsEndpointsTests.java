package org.cadretraining.system;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@AccountWebTest
class OperationsEndpointsTests {

    private static final String PASSWORD = "a-long-secret-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void healthIsUpAndIncludesTheDatabaseWithoutDetailsForAnonymousCallers() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details").doesNotExist());
        mvc.perform(get("/actuator/health/db"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void anAdministratorSeesWhichDatabaseIsBehindTheHealth() throws Exception {
        String username = TestAccounts.unique("operator");
        testAccounts.ready(username, "a-long-secret-1", Role.ADMINISTRATOR);
        Cookie[] session = TestAccounts.signIn(mvc, username, "a-long-secret-1");

        mvc.perform(get("/actuator/health").cookie(session))
                .andExpect(jsonPath("$.components.db.details.database").value("PostgreSQL"));
    }

    @Test
    void prometheusScrapesTheMetricsWithAnAdministratorsCredentials() throws Exception {
        String username = TestAccounts.unique("scraper");
        testAccounts.ready(username, PASSWORD, Role.ADMINISTRATOR);

        mvc.perform(get("/actuator/prometheus").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("http_server_requests")));
    }

    @Test
    void theMetricsAreRefusedToAnyoneButAnAdministrator() throws Exception {
        String username = TestAccounts.unique("curious-organiser");
        testAccounts.ready(username, PASSWORD, Role.ORGANISER, Role.CLASS_TEACHER);
        Cookie[] session = TestAccounts.signIn(mvc, username, PASSWORD);

        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
        mvc.perform(get("/actuator/prometheus").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator")).andExpect(status().isUnauthorized());
    }

    @Test
    void theProbesStayOpenForTheLoadBalancer() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void theApiDescriptionIsForSignedInUsersOnly() throws Exception {
        String username = TestAccounts.unique("api-user");
        testAccounts.ready(username, PASSWORD, Role.LECTURER);
        Cookie[] session = TestAccounts.signIn(mvc, username, PASSWORD);

        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/swagger-ui.html")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(redirectedUrl("/login"));

        mvc.perform(get("/v3/api-docs").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists());
        mvc.perform(get("/v3/api-docs").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/swagger-ui/index.html").cookie(session)).andExpect(status().isOk());
    }
}
