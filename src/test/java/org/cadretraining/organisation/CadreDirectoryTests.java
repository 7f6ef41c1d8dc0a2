package org.cadretraining.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadretraining.support.TestPrincipal.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class CadreDirectoryTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CadreSearch search;

    @Autowired
    JdbcClient jdbc;

    OrganisationFixture org;
    long huXiaomei;
    long baiJing;
    long outsider;
    CurrentUser admin = TestPrincipal.administrator();

    @BeforeEach
    void people() {
        org = new OrganisationFixture(directory, UUID.randomUUID().toString().substring(0, 6) + "-");
        huXiaomei = org.cadre(directory, "001", "胡晓梅", org.committee, "BUREAU");
        baiJing = org.cadre(directory, "002", "白晶", org.department, "COUNTY");
        org.cadre(directory, "003", "白云飞", org.office, "SECTION");
        outsider = org.cadre(directory, "004", "王白", org.school, "STAFF");
    }

    private PageOf<CadreRow> find(
            String q, Long unitId, String rank, String sort, boolean descending, int page, int size) {
        return search.search(new CadreCriteria(q, unitId, rank, null, sort, descending, page, size), Scope.all());
    }

    @Test
    void partOfAChineseNameFindsTheCadre() {
        assertThat(find("晓", org.root, null, "name", false, 0, 20).items())
                .extracting(CadreRow::name)
                .containsExactly("胡晓梅");
        assertThat(find("白", org.root, null, "staffNumber", false, 0, 20).items())
                .extracting(CadreRow::name)
                .containsExactly("白晶", "白云飞", "王白");
    }

    @Test
    void partOfAnEnglishNameFindsTheCadreWhateverTheCase() {
        long withEnglishName = directory.registerCadre(new CadreDetails(
                org.prefix + "005",
                "胡晓梅",
                "Hu Xiaomei",
                Gender.FEMALE,
                org.office,
                "科员",
                "Officer",
                "SECTION",
                "",
                "",
                "",
                "",
                true));
        assertThat(find("xiaomei", org.root, null, "name", false, 0, 20).items())
                .extracting(CadreRow::id)
                .containsExactly(withEnglishName);
        assertThat(find("HU X", org.root, null, "name", false, 0, 20).items())
                .extracting(CadreRow::id)
                .containsExactly(withEnglishName);
    }

    @Test
    void aStaffNumberFindsTheCadre() {
        assertThat(find(org.prefix + "002", null, null, "name", false, 0, 20).items())
                .extracting(CadreRow::name)
                .containsExactly("白晶");
    }

    @Test
    void aStaffNumberTypedWithSpacesOrFullWidthFindsTheCadreAsTheFormWouldSaveIt() {
        String typed = (org.prefix + "002")
                .chars()
                .mapToObj(c -> Character.toString(c >= 0x21 && c <= 0x7E ? c + 0xFEE0 : c))
                .collect(java.util.stream.Collectors.joining())
                .replaceFirst("０", "　０");
        assertThat(find(typed, null, null, "name", false, 0, 20).items())
                .extracting(CadreRow::name)
                .containsExactly("白晶");
        assertThat(find("\u00A0", null, null, "name", false, 0, 20).items())
                .as("a no-break space alone finds no staff number")
                .isEmpty();
    }

    @Test
    void aUnitFindsEveryoneInItsSubtree() {
        assertThat(find("", org.committee, null, "staffNumber", false, 0, 20).items())
                .extracting(CadreRow::name)
                .containsExactly("胡晓梅", "白晶", "白云飞");
    }

    @Test
    void rankFiltersAndSortsByRankOrder() {
        assertThat(find("", org.root, "COUNTY", "name", false, 0, 20).items())
                .extracting(CadreRow::name)
                .containsExactly("白晶");
        assertThat(find("", org.root, null, "rank", true, 0, 20).items())
                .extracting(CadreRow::rankCode)
                .containsExactly("STAFF", "SECTION", "COUNTY", "BUREAU");
    }

    @Test
    void resultsComeOnePageAtATimeWithTheTotal() {
        PageOf<CadreRow> second = find("", org.root, null, "staffNumber", false, 1, 3);
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(second.items()).extracting(CadreRow::name).containsExactly("王白");
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void likeWildcardsInTheSearchAreTakenLiterally() {
        assertThat(find("%", org.root, null, "name", false, 0, 20).items()).isEmpty();
    }

    @Test
    void theDirectoryPageListsMatchesAndAnswersHtmxWithTheTableOnly() throws Exception {
        String page = mvc.get()
                .uri("/cadres?q=白&unitId=" + org.root)
                .with(as(admin))
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("白晶").contains("白云飞").doesNotContain("胡晓梅").contains("<nav class=\"navbar");
        String fragment = mvc.get()
                .uri("/cadres?q=晓&unitId=" + org.root)
                .header("HX-Request", "true")
                .with(as(admin))
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).contains("胡晓梅").doesNotContain("<nav class=\"navbar");
    }

    @Test
    void aUnitLiaisonFindsOnlyCadresOfTheirSubtree() throws Exception {
        String page = mvc.get()
                .uri("/cadres?q=白")
                .with(as(TestPrincipal.liaison(org.department)))
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("白晶").contains("白云飞").doesNotContain("王白");
    }

    @Test
    void aUnitLiaisonCannotOpenOrChangeACadreOutsideTheirSubtree() {
        CurrentUser liaison = TestPrincipal.liaison(org.department);
        assertThat(mvc.get().uri("/cadres/" + outsider).with(as(liaison))).hasStatus(403);
        assertThat(mvc.post()
                        .uri("/cadres/" + outsider)
                        .with(as(liaison))
                        .with(csrf())
                        .param("staffNumber", org.prefix + "004")
                        .param("name", "王白")
                        .param("unitId", String.valueOf(org.department)))
                .hasStatus(403);
    }

    @Test
    void aUnitLiaisonCannotPlaceACadreInAUnitOutsideTheirSubtree() throws Exception {
        String page = mvc.post()
                .uri("/cadres")
                .with(as(TestPrincipal.liaison(org.department)))
                .with(csrf())
                .param("staffNumber", org.prefix + "NEW")
                .param("name", "新同志")
                .param("unitId", String.valueOf(org.school))
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("该单位不在您负责的范围内").contains("value=\"新同志\"");
        assertThat(directory.cadreIdByStaffNumber(org.prefix + "NEW")).isEmpty();
    }

    @Test
    void aCadreSeesOnlyTheirOwnRecordAndNotTheDirectory() {
        CurrentUser cadre = TestPrincipal.cadre(baiJing);
        assertThat(mvc.get().uri("/cadres/" + baiJing).with(as(cadre))).hasStatusOk();
        assertThat(mvc.get().uri("/cadres/me").with(as(cadre))).hasRedirectedUrl("/cadres/" + baiJing);
        assertThat(mvc.get().uri("/cadres/" + huXiaomei).with(as(cadre))).hasStatus(403);
        assertThat(mvc.get().uri("/cadres").with(as(cadre))).hasStatus(403);
        assertThat(mvc.get().uri("/cadres/" + baiJing + "/edit").with(as(cadre)))
                .hasStatus(403);
    }

    @Test
    void invalidInputIsExplainedNextToEachFieldAndKept() throws Exception {
        String page = mvc.post()
                .uri("/cadres")
                .with(as(admin))
                .with(csrf())
                .param("staffNumber", "bad number!")
                .param("name", "")
                .param("email", "not-an-email")
                .param("phone", "call me")
                .param("positionZh", "处长")
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("工号只能包含字母、数字、下划线和连字符")
                .contains("电话只能包含数字")
                .contains("value=\"not-an-email\"")
                .contains("value=\"处长\"");
        assertThat(jdbc.sql("select count(*) from cadre where staff_number = 'bad number!'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aMoveToAnotherUnitKeepsTheEarlierPeriodInTheHistory() throws Exception {
        assertThat(mvc.post()
                        .uri("/cadres/" + baiJing)
                        .with(as(admin))
                        .with(csrf())
                        .param("staffNumber", org.prefix + "002")
                        .param("name", "白晶")
                        .param("unitId", String.valueOf(org.school))
                        .param("positionZh", "副主任")
                        .param("positionEn", "Deputy Director")
                        .param("rankCode", "COUNTY")
                        .param("active", "true"))
                .hasRedirectedUrl("/cadres/" + baiJing);
        int periods = jdbc.sql("select count(*) from cadre_assignment where cadre_id = ?")
                .param(baiJing)
                .query(Integer.class)
                .single();
        assertThat(periods).isEqualTo(2);
        String page = mvc.get()
                .uri("/cadres/" + baiJing)
                .with(as(admin))
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("组织部").contains("基础课部").contains("副主任").contains("至今");
    }

    @Test
    void savingWithoutAChangeOfPostWritesNoNewPeriod() {
        mvc.post()
                .uri("/cadres/" + baiJing)
                .with(as(admin))
                .with(csrf())
                .param("staffNumber", org.prefix + "002")
                .param("name", "白晶")
                .param("unitId", String.valueOf(org.department))
                .param("positionZh", "科员")
                .param("positionEn", "Officer")
                .param("rankCode", "COUNTY")
                .param("phone", "0416-1234567")
                .param("active", "true")
                .exchange();
        int periods = jdbc.sql("select count(*) from cadre_assignment where cadre_id = ?")
                .param(baiJing)
                .query(Integer.class)
                .single();
        assertThat(periods).isEqualTo(1);
    }
}
