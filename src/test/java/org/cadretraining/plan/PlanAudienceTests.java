package org.cadretraining.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanAudienceTests {

    @Test
    void categoriesTypedWithAnyUsualSeparatorAreReadOnceEach() {
        assertThat(PlanAudience.categories(" 党政领导干部、企业管理人员，党政领导干部; 专业技术人员  年轻干部 "))
                .containsExactly("党政领导干部", "企业管理人员", "专业技术人员", "年轻干部");
    }

    @Test
    void noCategoriesTypedMeansNone() {
        assertThat(PlanAudience.categories(null)).isEmpty();
        assertThat(PlanAudience.categories(" ，、 ")).isEmpty();
    }

    @Test
    void categoriesAreShownBackSoThatTheyReadTheSame() {
        List<String> categories = List.of("党政领导干部", "年轻干部");
        assertThat(PlanAudience.categories(PlanAudience.categoriesText(categories)))
                .isEqualTo(categories);
        assertThat(PlanAudience.categoriesText(categories)).isEqualTo("党政领导干部、年轻干部");
    }

    @Test
    void ranksPickedLoseBlanksAndRepeats() {
        assertThat(PlanAudience.rankCodes(Arrays.asList("COUNTY", "", "DIVISION", "COUNTY", " ")))
                .containsExactly("COUNTY", "DIVISION");
        assertThat(PlanAudience.rankCodes(null)).isEmpty();
    }
}
