package se.styr.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class WholeAnswersTest {
  @Test
  void aReadIsAnsweredWhenItsPageIsCompleteNotInPieces() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();

    new WholeAnswers()
        .doFilter(new MockHttpServletRequest("GET", "/plans/1"), response, new MockFilterChain());

    assertThat(response.getBufferSize()).isEqualTo(WholeAnswers.BUFFER);
  }

  @Test
  void writesAreLeftAsTheyAre() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    int before = response.getBufferSize();

    new WholeAnswers()
        .doFilter(new MockHttpServletRequest("POST", "/plans/1"), response, new MockFilterChain());

    assertThat(response.getBufferSize()).isEqualTo(before);
  }

  @Test
  void aReadFlushedOnTheWayIsStillSentWholeAtTheEnd() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();

    new WholeAnswers()
        .doFilter(
            new MockHttpServletRequest("GET", "/plans/1"),
            response,
            (request, answer) -> {
              answer.getWriter().write("<html>");
              answer.getWriter().flush();
              answer.flushBuffer();
              assertThat(answer.isCommitted()).isFalse();
            });

    assertThat(response.isCommitted()).isFalse();
    assertThat(response.getContentAsString()).isEqualTo("<html>");

    MockHttpServletResponse bytes = new MockHttpServletResponse();
    new WholeAnswers()
        .doFilter(
            new MockHttpServletRequest("GET", "/api/plans"),
            bytes,
            (request, answer) -> {
              answer.getOutputStream().write(new byte[] {'[', ']'});
              answer.getOutputStream().flush();
              assertThat(answer.isCommitted()).isFalse();
            });
    assertThat(bytes.isCommitted()).isFalse();
    assertThat(bytes.getContentAsString()).isEqualTo("[]");
  }

  @Test
  void aWriteFlushedIsSentAtOnce() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();

    new WholeAnswers()
        .doFilter(
            new MockHttpServletRequest("POST", "/plans/1"),
            response,
            (request, answer) -> {
              answer.getWriter().write("ok");
              answer.getWriter().flush();
            });

    assertThat(response.isCommitted()).isTrue();
  }
}
