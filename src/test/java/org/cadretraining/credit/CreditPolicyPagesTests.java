package org.cadretraining.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The credit policy page and API: for the administrator and the organisers, validated, refused to others. */
@AccountWebTest
class CreditPolicyPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CreditPolicies policies;

    CreditPolicy before;

    @BeforeEach
    void remember() {
        before = policies.current();
    }

    @AfterEach
    void restore() {
        policies.save(before, TestPrincipal.administrator());
    }

    @Test
    void theDefaultsAreShownAndTheOrganiserSavesAPolicy() throws Exception {
        String page = mvc.get()
                .uri("/admin/credit/policy")
                .with(as(TestPrincipal.organiser()))
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(before).isEqualTo(CreditPolicy.DEFAULTS);
        assertThat(page).contains("学时政策").contains("不结转").contains("value=\"12\"");

        MvcTestResult saved = mvc.post()
                .uri("/admin/credit/policy")
                .with(as(TestPrincipal.organiser()))
                .with(csrf())
                .param("carryOver", "true")
                .param("rankChange", "PRO_RATA")
                .param("promotionMonths", "18")
                .exchange();

        assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/admin/credit/policy");
        assertThat(policies.current()).isEqualTo(new CreditPolicy(true, RankChange.PRO_RATA, 18));
    }

    @Test
    void aWrongFigureIsNamedInTheReadersLanguageKeptAndNotSaved() throws Exception {
        MvcTestResult refused = mvc.post()
                .uri("/admin/credit/policy")
                .with(as(TestPrincipal.organiser()))
                .with(csrf())
                .param("carryOver", "true")
                .param("rankChange", "PRO_RATA")
                .param("promotionMonths", "0")
                .exchange();
        assertThat(refused).hasStatus(400);
        assertThat(refused.getResponse().getContentAsString())
                .contains("期限须为 1 到 60 个月之间的整数")
                .contains("value=\"0\"");
        MvcTestResult english = mvc.post()
                .uri("/admin/credit/policy")
                .with(as(TestPrincipal.organiser()))
                .with(csrf())
                .cookie(new Cookie("lang", "en"))
                .param("carryOver", "false")
                .param("rankChange", "FROM_CHANGE")
                .param("promotionMonths", "61")
                .exchange();
        assertThat(english).hasStatus(400);
        assertThat(english.getResponse().getContentAsString())
                .contains("The months must be a whole number from 1 to 60")
                .contains("value=\"61\"");
        MvcTestResult unknownWay = mvc.post()
                .uri("/admin/credit/policy")
                .with(as(TestPrincipal.organiser()))
                .with(csrf())
                .param("carryOver", "false")
                .param("rankChange", "SOMETIMES")
                .param("promotionMonths", "12")
                .exchange();
        assertThat(unknownWay).hasStatus(400);
        assertThat(unknownWay.getResponse().getContentAsString()).contains("周期内职级变化只能按新职级的完整要求或按时间折算计算");
        assertThat(policies.current()).isEqualTo(before);
    }

    @Test
    void othersAreRefusedThePageAndTheApi() {
        assertThat(mvc.get().uri("/admin/credit/policy").with(as(TestPrincipal.cadre())))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/credit/policy")
                        .with(as(TestPrincipal.cadre()))
                        .with(csrf())
                        .param("carryOver", "true")
                        .param("rankChange", "PRO_RATA")
                        .param("promotionMonths", "12"))
                .hasStatus(403);
        assertThat(mvc.put()
                        .uri("/api/v1/credit-policy")
                        .with(as(TestPrincipal.cadre()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"carryOver\":true,\"rankChange\":\"PRO_RATA\",\"promotionMonths\":12}"))
                .hasStatus(403);
        assertThat(policies.current()).isEqualTo(before);
    }

    @Test
    void theApiReadsAndReplacesThePolicyAndAnswersAProblemDetailForAWrongFigure() {
        assertThat(mvc.get().uri("/api/v1/credit-policy").with(as(TestPrincipal.administrator())))
                .bodyJson()
                .extractingPath("$.promotionMonths")
                .isEqualTo(12);
        MvcTestResult wrong = mvc.put()
                .uri("/api/v1/credit-policy")
                .with(as(TestPrincipal.administrator()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"carryOver\":true,\"rankChange\":\"PRO_RATA\",\"promotionMonths\":0}")
                .exchange();
        assertThat(wrong).hasStatus(400);
        assertThat(wrong.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(wrong).bodyJson().extractingPath("$.errors[0].field").isEqualTo("promotionMonths");
        assertThat(wrong).bodyJson().extractingPath("$.errors[0].message").isEqualTo("期限须为 1 到 60 个月之间的整数");
        assertThat(mvc.put()
                        .uri("/api/v1/credit-policy")
                        .with(as(TestPrincipal.administrator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"carryOver\":true,\"rankChange\":\"FROM_CHANGE\",\"promotionMonths\":6}"))
                .bodyJson()
                .extractingPath("$.promotionMonths")
                .isEqualTo(6);
        assertThat(policies.current()).isEqualTo(new CreditPolicy(true, RankChange.FROM_CHANGE, 6));
    }
}
