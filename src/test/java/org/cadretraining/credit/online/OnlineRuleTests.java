package org.cadretraining.credit.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Each row of the default online rule, with a worked example and the explanation a cadre reads. */
class OnlineRuleTests {

    static final OnlineRule DEFAULT = new OnlineRule(
            1,
            CreditHours.of("0.5"),
            List.of(
                    new OnlineRule.Row(1, 30, CreditHours.of("1")),
                    new OnlineRule.Row(2, 15, CreditHours.of("0.5")),
                    new OnlineRule.Row(3, 0, CreditHours.of("0.25"))));

    final OnlineExplanation explanation = new OnlineExplanation(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/credit");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void aCourseOfThirtyMinutesOrMoreCountsOneHourAndAPassedTestHalfAnHourMore() {
        OnlineRule.Counted counted = DEFAULT.count(45, true);
        assertThat(counted.row().position()).isEqualTo(1);
        assertThat(counted.total()).isEqualTo(CreditHours.of("1.5"));

        LocalizedText text = explanation.byRule("习近平新时代中国特色社会主义思想概论", "中国干部网络学院", 45, DEFAULT, counted);
        assertThat(text.zh())
                .isEqualTo("网络学习《习近平新时代中国特色社会主义思想概论》（中国干部网络学院），45分钟："
                        + "按网络学习规则第1版第1行“30分钟及以上计1.00学时”；测试合格另加0.50学时；共计1.50学时。");
        assertThat(text.en())
                .isEqualTo("Online course \u201c习近平新时代中国特色社会主义思想概论\u201d (中国干部网络学院), 45 minutes:"
                        + " online learning rule version 1, row 1 \u201c30 minutes or more: 1.00 credit hours\u201d;"
                        + " test passed: 0.50 more; 1.50 credit hours in all.");
    }

    @Test
    void exactlyThirtyMinutesIsTheFirstRow() {
        assertThat(DEFAULT.count(30, false).row().position()).isEqualTo(1);
        assertThat(DEFAULT.count(30, false).total()).isEqualTo(CreditHours.of("1"));
    }

    @Test
    void fifteenToThirtyMinutesCountsHalfAnHour() {
        OnlineRule.Counted counted = DEFAULT.count(20, false);
        assertThat(counted.row().position()).isEqualTo(2);
        assertThat(counted.total()).isEqualTo(CreditHours.of("0.5"));
        assertThat(DEFAULT.count(15, false).row().position()).isEqualTo(2);
        assertThat(DEFAULT.count(29, false).row().position()).isEqualTo(2);

        LocalizedText text = explanation.byRule("公文写作", "省干部在线学习平台", 20, DEFAULT, counted);
        assertThat(text.zh()).isEqualTo("网络学习《公文写作》（省干部在线学习平台），20分钟：按网络学习规则第1版第2行" + "“15分钟至不足30分钟计0.50学时”；共计0.50学时。");
        assertThat(text.en())
                .isEqualTo("Online course \u201c公文写作\u201d (省干部在线学习平台), 20 minutes: online learning rule version 1,"
                        + " row 2 \u201c15 to under 30 minutes: 0.50 credit hours\u201d; 0.50 credit hours in all.");
    }

    @Test
    void underFifteenMinutesCountsAQuarterHourAndAPassedTestStillAddsHalf() {
        OnlineRule.Counted counted = DEFAULT.count(10, true);
        assertThat(counted.row().position()).isEqualTo(3);
        assertThat(counted.total()).isEqualTo(CreditHours.of("0.75"));
        assertThat(DEFAULT.count(0, false).total()).isEqualTo(CreditHours.of("0.25"));

        LocalizedText text = explanation.byRule("保密常识", "中国干部网络学院", 10, DEFAULT, counted);
        assertThat(text.zh())
                .isEqualTo("网络学习《保密常识》（中国干部网络学院），10分钟：按网络学习规则第1版第3行" + "“不足15分钟计0.25学时”；测试合格另加0.50学时；共计0.75学时。");
        assertThat(text.en())
                .isEqualTo(
                        "Online course \u201c保密常识\u201d (中国干部网络学院), 10 minutes: online learning rule version 1,"
                                + " row 3 \u201cUnder 15 minutes: 0.25 credit hours\u201d; test passed: 0.50 more; 0.75 credit hours in all.");
    }

    @Test
    void hoursTheAcademyCreditedAreTakenAsTheyAreAndSaySo() {
        LocalizedText text = explanation.credited("党史专题", "学习强国", CreditHours.of("2"));
        assertThat(text.zh()).isEqualTo("网络学习《党史专题》（学习强国）：按该学院认定的2.00学时计入。");
        assertThat(text.en())
                .isEqualTo("Online course \u201c党史专题\u201d (学习强国): 2.00 credit hours as credited by the academy.");
    }

    @Test
    void aTitleWithCaseWidthOrExtraSpacesIsTheSameCourse() {
        assertThat(RecordCheck.titleKey("  Party  History ")).isEqualTo(RecordCheck.titleKey("ｐａｒｔｙ history"));
    }
}
