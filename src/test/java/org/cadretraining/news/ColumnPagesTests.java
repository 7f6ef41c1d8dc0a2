package org.cadretraining.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.account.TestAccounts;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@AccountWebTest
class ColumnPagesTests {

    private static final String PASSWORD = "column-keeper-2026";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    NewsDesk desk;

    @Autowired
    NewsReview review;

    @Autowired
    NewsColumns columns;

    @Autowired
    JdbcClient jdbc;

    NewsFixture news;
    Cookie[] publisher;

    @BeforeEach
    void newsroom() throws Exception {
        news = new NewsFixture(desk, review, columns);
        publisher = signedIn(Role.NEWS_PUBLISHER);
    }

    private Cookie[] signedIn(Role... roles) throws Exception {
        String username = TestAccounts.unique("news");
        accounts.ready(username, PASSWORD, roles);
        return TestAccounts.signIn(mockMvc, username, PASSWORD);
    }

    private MvcTestResult save(Cookie[] who, String path, String slug, String nameZh, Long parentId) {
        return mvc.post()
                .uri(path)
                .cookie(who)
                .with(csrf())
                .param("slug", slug)
                .param("nameZh", nameZh)
                .param("nameEn", "Column " + nameZh)
                .param("parentId", parentId == null ? "" : parentId.toString())
                .param("sortOrder", "5")
                .exchange();
    }

    private long column(String slug) {
        return columns.bySlug(slug).orElseThrow().id();
    }

    @Test
    void onlyTheAdministratorAndPublishersKeepTheColumns() throws Exception {
        Cookie[] editor = signedIn(Role.NEWS_EDITOR);
        Cookie[] reviewer = signedIn(Role.NEWS_REVIEWER);
        Cookie[] organiser = signedIn(Role.ORGANISER);
        Cookie[] administrator = signedIn(Role.ADMINISTRATOR);

        for (Cookie[] refused : new Cookie[][] {editor, reviewer, organiser}) {
            assertThat(mvc.get().uri("/news/desk/columns").cookie(refused)).hasStatus(403);
            assertThat(mvc.get().uri("/news/desk/columns/{id}", news.column).cookie(refused))
                    .hasStatus(403);
            assertThat(save(refused, "/news/desk/columns", "x-" + news.prefix, "不许", null))
                    .hasStatus(403);
            assertThat(mvc.post()
                            .uri("/news/desk/columns/{id}/delete", news.column)
                            .cookie(refused)
                            .with(csrf()))
                    .hasStatus(403);
        }
        assertThat(columns.bySlug("x-" + news.prefix)).isEmpty();
        assertThat(columns.byId(news.column)).isPresent();

        assertThat(mvc.get().uri("/news/desk/columns").cookie(publisher))
                .hasStatusOk()
                .bodyText()
                .contains("c-" + news.prefix);
        assertThat(mvc.get().uri("/news/desk/columns").cookie(administrator)).hasStatusOk();
        assertThat(mvc.get().uri("/news/desk").cookie(publisher)).bodyText().contains("/news/desk/columns");
        assertThat(mvc.get().uri("/news/desk").cookie(editor)).bodyText().doesNotContain("/news/desk/columns");
    }

    @Test
    void aColumnIsCreatedUnderAParentRenamedAndShownAsATree() throws Exception {
        String slug = "sub-" + news.prefix;

        assertThat(save(publisher, "/news/desk/columns", slug, "通知公告" + news.prefix, news.column))
                .hasRedirectedUrl("/news/desk/columns");
        long created = column(slug);
        assertThat(columns.byId(created).orElseThrow().parentId()).isEqualTo(news.column);

        assertThat(save(publisher, "/news/desk/columns/" + created, slug + "-x", "通知" + news.prefix, null))
                .hasRedirectedUrl("/news/desk/columns");
        NewsColumn renamed = columns.byId(created).orElseThrow();
        assertThat(renamed.slug()).isEqualTo(slug + "-x");
        assertThat(renamed.name()).isEqualTo(new LocalizedText("通知" + news.prefix, "Column 通知" + news.prefix));
        assertThat(renamed.parentId()).isNull();
        assertThat(renamed.sortOrder()).isEqualTo(5);
        assertThat(mvc.get().uri("/news/columns/" + slug + "-x")).hasStatusOk();
        assertThat(mvc.get().uri("/news/columns/" + slug)).hasStatus(404);
    }

    @Test
    void aSlugThatIsNotLowerCaseLettersDigitsAndHyphensIsExplainedNextToTheFieldWithTheInputKept() {
        MvcTestResult refused = save(publisher, "/news/desk/columns", "Bad Slug", "通知公告" + news.prefix, null);

        assertThat(refused).hasStatusOk();
        assertThat(refused)
                .bodyText()
                .contains("栏目代码只能包含小写字母、数字和连字符，并以字母或数字开头。")
                .contains("value=\"Bad Slug\"")
                .contains("value=\"通知公告" + news.prefix + "\"");
        assertThat(columns.all()).noneMatch(c -> c.name().zh().equals("通知公告" + news.prefix));

        MvcTestResult taken = save(publisher, "/news/desk/columns", "c-" + news.prefix, "重复" + news.prefix, null);
        assertThat(taken).hasStatusOk();
        assertThat(taken).bodyText().contains("栏目代码 c-" + news.prefix + " 已被使用。");
    }

    @Test
    void aColumnCannotBeMovedUnderItselfOrItsOwnSubColumn() {
        save(publisher, "/news/desk/columns", "child-" + news.prefix, "子栏目" + news.prefix, news.column);
        long child = column("child-" + news.prefix);
        save(publisher, "/news/desk/columns", "grandchild-" + news.prefix, "孙栏目" + news.prefix, child);
        long grandchild = column("grandchild-" + news.prefix);

        MvcTestResult loop = save(
                publisher, "/news/desk/columns/" + news.column, "c-" + news.prefix, "新闻" + news.prefix, grandchild);
        MvcTestResult self =
                save(publisher, "/news/desk/columns/" + child, "child-" + news.prefix, "子栏目" + news.prefix, child);

        assertThat(loop).hasStatusOk();
        assertThat(loop).bodyText().contains("不能把栏目移到它自己或它的下级栏目之下。");
        assertThat(self).bodyText().contains("不能把栏目移到它自己或它的下级栏目之下。");
        assertThat(columns.byId(news.column).orElseThrow().parentId()).isNull();
        assertThat(columns.byId(child).orElseThrow().parentId()).isEqualTo(news.column);
    }

    @Test
    void aColumnHoldingArticlesOrSubColumnsIsNotDeletedAndAnEmptyOneIs() {
        news.approved("栏目里的文章" + news.prefix);
        save(publisher, "/news/desk/columns", "empty-" + news.prefix, "空栏目" + news.prefix, null);
        long empty = column("empty-" + news.prefix);

        assertThat(mvc.post()
                        .uri("/news/desk/columns/{id}/delete", news.column)
                        .cookie(publisher)
                        .with(csrf()))
                .hasRedirectedUrl("/news/desk/columns/" + news.column)
                .flash()
                .containsEntry("problem", "news.column.holdsArticles");
        assertThat(columns.byId(news.column)).isPresent();

        assertThat(mvc.post()
                        .uri("/news/desk/columns/{id}/delete", empty)
                        .cookie(publisher)
                        .with(csrf()))
                .hasRedirectedUrl("/news/desk/columns");
        assertThat(columns.byId(empty)).isEmpty();
    }

    @Test
    void renamingAColumnChangesWhatReadersAreToldIsCurrent() {
        long id = news.published("栏目改名" + news.prefix);
        String before =
                mvc.get().uri("/news/articles/" + id).exchange().getResponse().getHeader("ETag");
        assertThat(before).isNotBlank();

        save(publisher, "/news/desk/columns/" + news.column, "c-" + news.prefix, "改名后" + news.prefix, null);

        MvcTestResult after = mvc.get()
                .uri("/news/articles/" + id)
                .header("If-None-Match", before)
                .exchange();
        assertThat(after).hasStatusOk().bodyText().contains("改名后" + news.prefix);
    }
}
