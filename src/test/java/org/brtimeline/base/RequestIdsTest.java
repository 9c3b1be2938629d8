package org.brtimeline.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.brtimeline.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Every request's id: in the answer's header and on each log line the request causes. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RequestIds requestIds;

    @Test
    void every_answer_names_its_request_id() throws Exception {
        String first = mvc.perform(get("/api/events")).andReturn().getResponse().getHeader(RequestIds.HEADER);
        String second =
                mvc.perform(get("/api/events")).andReturn().getResponse().getHeader(RequestIds.HEADER);

        assertThat(first).matches("[0-9a-f]{16}");
        assertThat(second).matches("[0-9a-f]{16}").isNotEqualTo(first);
    }

    @Test
    void a_proxys_plain_id_is_kept_and_a_forged_one_replaced() throws Exception {
        assertThat(mvc.perform(get("/api/events").header(RequestIds.HEADER, "proxy-0123456789"))
                        .andReturn()
                        .getResponse()
                        .getHeader(RequestIds.HEADER))
                .isEqualTo("proxy-0123456789");
        assertThat(mvc.perform(get("/api/events").header(RequestIds.HEADER, "x\nFAKE ERROR line"))
                        .andReturn()
                        .getResponse()
                        .getHeader(RequestIds.HEADER))
                .matches("[0-9a-f]{16}");
    }

    @Test
    void what_a_request_logs_carries_its_id(CapturedOutput log) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        requestIds.doFilter(
                new MockHttpServletRequest("GET", "/timeline"),
                response,
                (request, answer) ->
                        LoggerFactory.getLogger(RequestIdsTest.class).warn("something the request caused"));

        assertThat(log.getAll())
                .containsPattern("\\[" + response.getHeader(RequestIds.HEADER) + "\\] .*something the request caused");
    }
}
