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
}
