package org.cadretraining.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

class OversizedUploadsTests {

    private final OversizedUploads filter = new OversizedUploads(DataSize.ofMegabytes(1));

    private static MockHttpServletRequest upload(int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/news/desk/7");
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent(new byte[bytes]);
        request.addHeader("Referer", "http://localhost/news/desk/7?tab=files");
        return request;
    }

    @Test
    void anUploadAboveTheLimitGoesBackToItsPageWithTheLimitToExplain() throws Exception {
        MockHttpServletRequest request = upload(1024 * 1024 + 1);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("nothing further reads the request").isNull();
        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getHeader("Location")).isEqualTo("/news/desk/7?tab=files");
        @SuppressWarnings("unchecked")
        List<FlashMap> flash = (List<FlashMap>)
                request.getSession().getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
        assertThat(flash).hasSize(1);
        assertThat(flash.getFirst().get("uploadTooLarge")).isEqualTo(1L);
    }

    @Test
    void anUploadWithinTheLimitAndAnythingElseGoOnAsUsual() throws Exception {
        MockFilterChain within = new MockFilterChain();
        filter.doFilter(upload(1024 * 1024), new MockHttpServletResponse(), within);
        assertThat(within.getRequest()).isNotNull();

        MockHttpServletRequest form = upload(2 * 1024 * 1024);
        form.setContentType("application/x-www-form-urlencoded");
        MockFilterChain notAnUpload = new MockFilterChain();
        filter.doFilter(form, new MockHttpServletResponse(), notAnUpload);
        assertThat(notAnUpload.getRequest()).isNotNull();
    }

    @Test
    void aRefererFromAnotherSiteIsNotFollowed() throws Exception {
        MockHttpServletRequest request = upload(2 * 1024 * 1024);
        request.removeHeader("Referer");
        request.addHeader("Referer", "https://evil.example/phish");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader("Location")).isEqualTo("/news/desk/7");
    }

    @Test
    void aRefererPathThatWouldLeaveTheSiteIsNotFollowed() throws Exception {
        MockHttpServletRequest request = upload(2 * 1024 * 1024);
        request.removeHeader("Referer");
        request.addHeader("Referer", "http://localhost//evil.example/phish");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader("Location")).isEqualTo("/news/desk/7");
    }
}
