package se.styr.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.styr.it.TestUsers.PASSWORD;
import static se.styr.it.TestUsers.basic;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.styr.security.AuditLog;

/**
 * What guards a signed-in session and every response: CSRF tokens on pages and htmx requests (not
 * for API clients with their own credentials), the protective headers, a new session id at sign-in,
 * and signing in with a wrong, a one-time and a changed password. Independent of the database, so
 * on H2 only.
 */
@ExtendWith(OutputCaptureExtension.class)
class WebProtectionIT extends AccessFixture {
  private static final Pattern META =
      Pattern.compile("<meta name=\"(csrf-header|csrf-token)\" content=\"([^\"]+)\">");
  private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  @Test
  void refusesAPagePostOfASessionWithoutItsCsrfToken() throws Exception {
    int draft = draft(A);
    http.perform(postCell(A, draft, "sabo", lock(A, draft), "1").with(user(CONTROLLER)))
        .andExpect(status().isForbidden());
    http.perform(
            postCell(A, draft, "sabo", lock(A, draft), "1")
                .with(user(CONTROLLER))
                .header("X-CSRF-TOKEN", "guessed"))
        .andExpect(status().isForbidden());
    assertThat(figure(A, draft, "sabo")).isEqualByComparingTo("110");
  }

  @Test
  void savesAPagePostThatCarriesTheToken() throws Exception {
    int draft = draft(A);
    http.perform(
            postCell(A, draft, "sabo", lock(A, draft), "113").with(user(CONTROLLER)).with(csrf()))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl(page(A, draft) + "/budget#t-drift"));
    assertThat(figure(A, draft, "sabo")).isEqualByComparingTo("113");
    assertThat(lastChange(A))
        .extracting(
            AuditLog.Entry::actor,
            AuditLog.Entry::action,
            AuditLog.Entry::oldValue,
            AuditLog.Entry::newValue)
        .containsExactly(CONTROLLER, "FIGURE_CHANGED", "110", "113");
    putBack(draft);
  }

  @Test
  void savesAnHtmxPostThatSendsThePagesTokenInItsHeader() throws Exception {
    int draft = draft(A);
    MockHttpSession session = signIn(CONTROLLER, PASSWORD);
    Map<String, String> meta =
        meta(http.perform(get(page(A, draft) + "/budget").session(session)).andReturn());
    assertThat(meta).containsEntry("csrf-header", "X-CSRF-TOKEN");
    http.perform(htmx(postCell(A, draft, "sabo", lock(A, draft), "114")).session(session))
        .andExpect(status().isForbidden());
    String fragment =
        http.perform(
                htmx(postCell(A, draft, "sabo", lock(A, draft), "114"))
                    .session(session)
                    .header(meta.get("csrf-header"), meta.get("csrf-token")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(fragment).startsWith("<section").contains("114").doesNotContain("<html");
    assertThat(figure(A, draft, "sabo")).isEqualByComparingTo("114");
    assertThat(lastChange(A).actor()).isEqualTo(CONTROLLER);
    putBack(draft);
  }

  @Test
  void anApiClientWithBasicCredentialsNeedsNoToken() throws Exception {
    int draft = draft(A);
    http.perform(putCell(A, draft, "sabo", lock(A, draft), "115").with(basic(CONTROLLER)))
        .andExpect(status().isOk());
    assertThat(figure(A, draft, "sabo")).isEqualByComparingTo("115");
    putBack(draft);
  }

  @Test
  void aSessionUsingTheApiNeedsTheTokenAsAPageDoes() throws Exception {
    int draft = draft(A);
    MockHttpSession session = signIn(CONTROLLER, PASSWORD);
    http.perform(putCell(A, draft, "sabo", lock(A, draft), "116").session(session))
        .andExpect(status().isForbidden());
    Map<String, String> meta = meta(http.perform(get(page(A, draft)).session(session)).andReturn());
    http.perform(
            putCell(A, draft, "sabo", lock(A, draft), "116")
                .session(session)
                .header(meta.get("csrf-header"), meta.get("csrf-token")))
        .andExpect(status().isOk());
    putBack(draft);
  }

  @Test
  void basicCredentialsDoNotExemptAPagePostFromTheToken() throws Exception {
    int draft = draft(A);
    http.perform(postCell(A, draft, "sabo", lock(A, draft), "1").with(basic(CONTROLLER)))
        .andExpect(status().isForbidden());
    assertThat(figure(A, draft, "sabo")).isEqualByComparingTo("110");
  }

  @Test
  void everyResponseCarriesTheProtectiveHeaders() throws Exception {
    int draft = draft(A);
    List<MockHttpServletRequestBuilder> requests =
        List.of(
            get("/"),
            get("/login"),
            get("/konto/losenord"),
            get("/api/plans"),
            get("/api/plans/999999"),
            get(api(A, draft)),
            get(page(A, 1)),
            get(page(A, 1) + "/budget"),
            get("/css/styr.css"),
            get("/js/styr.js"),
            get("/v3/api-docs"),
            get("/no-such-page"),
            putCell(A, draft, "sabo", 0, "1"),
            postCell(A, draft, "sabo", 0, "1").with(user(READER)),
            postCell(A, draft, "sabo", 0, "1").with(user(READER)).with(csrf()));
    for (MockHttpServletRequestBuilder request : requests) {
      MockHttpServletResponse response = http.perform(request).andReturn().getResponse();
      String what =
          request
                  .buildRequest(new org.springframework.mock.web.MockServletContext())
                  .getRequestURI()
              + " → "
              + response.getStatus();
      Map<String, String> policy = directives(response.getHeader("Content-Security-Policy"));
      assertThat(policy).as(what).containsKeys("default-src", "script-src", "style-src");
      for (String directive : List.of("default-src", "script-src", "style-src")) {
        assertThat(policy.get(directive))
            .as("%s: %s", what, directive)
            .doesNotContain("'unsafe-inline'")
            .doesNotContain("'unsafe-eval'")
            .doesNotContain("*");
      }
      assertThat(policy.get("frame-ancestors")).as(what).isEqualTo("'none'");
      assertThat(policy.get("object-src")).as(what).isEqualTo("'none'");
      assertThat(response.getHeader("X-Frame-Options")).as(what).isEqualTo("DENY");
      assertThat(response.getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
    }
  }

  @Test
  void signingInGivesTheSessionANewId() throws Exception {
    MockHttpSession session = new MockHttpSession();
    String token = hiddenToken(http.perform(get("/login").session(session)).andReturn());
    String before = session.getId();
    MvcResult signedIn =
        http.perform(
                post("/login")
                    .session(session)
                    .with(cookieOf(session))
                    .param("username", CONTROLLER)
                    .param("password", PASSWORD)
                    .param("_csrf", token))
            .andExpect(redirectedUrl("/"))
            .andExpect(authenticated().withUsername(CONTROLLER))
            .andReturn();
    assertThat(signedIn.getRequest().getSession(false)).isNotNull();
    assertThat(signedIn.getRequest().getSession(false).getId()).isNotEqualTo(before);
    assertThat(session.getId()).as("the same session, under a new id").isNotEqualTo(before);
  }

  @Test
  void aWrongPasswordOrAnUnknownUserLeadsBackToTheSignInPageAlike() throws Exception {
    for (String[] attempt :
        new String[][] {{CONTROLLER, "wrong password!"}, {"nobody", PASSWORD}, {CONTROLLER, ""}}) {
      MockHttpSession session = new MockHttpSession();
      String token = hiddenToken(http.perform(get("/login").session(session)).andReturn());
      http.perform(
              post("/login")
                  .session(session)
                  .param("username", attempt[0])
                  .param("password", attempt[1])
                  .param("_csrf", token))
          .andExpect(redirectedUrl("/login?fel"))
          .andExpect(unauthenticated());
    }
  }

  @Test
  void refusesASignInWithoutTheToken() throws Exception {
    http.perform(post("/login").param("username", CONTROLLER).param("password", PASSWORD))
        .andExpect(status().isForbidden())
        .andExpect(unauthenticated());
  }

  @Test
  void theFirstAdministratorMustChangeTheOneTimePasswordAfterWhichOnlyTheNewOneWorks(
      CapturedOutput output) throws Exception {
    Matcher printed = Pattern.compile("one-time password:\\s+(\\S+)").matcher(output.getAll());
    assertThat(printed.find())
        .as("the first start prints the administrator's one-time password")
        .isTrue();
    String oneTime = printed.group(1);
    String chosen = "ett nytt långt lösenord";
    MockHttpSession session = new MockHttpSession();
    http.perform(
            post("/login")
                .session(session)
                .param("username", "admin")
                .param("password", oneTime)
                .param(
                    "_csrf", hiddenToken(http.perform(get("/login").session(session)).andReturn())))
        .andExpect(redirectedUrl("/konto/losenord?byt"))
        .andExpect(unauthenticated());
    String token =
        hiddenToken(
            http.perform(get("/konto/losenord?byt").session(session))
                .andExpect(status().isOk())
                // the form knows who has just signed in and does not ask again
                .andExpect(
                    org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(
                            org.hamcrest.Matchers.containsString(
                                "<input type=\"hidden\" id=\"username\" name=\"username\""
                                    + " autocomplete=\"username\" value=\"admin\">")))
                .andReturn());
    http.perform(changePassword(session, token, "wrong one-time", chosen))
        .andExpect(status().isOk());
    http.perform(changePassword(session, token, oneTime, "kort")).andExpect(status().isOk());
    http.perform(changePassword(session, token, oneTime, chosen))
        .andExpect(redirectedUrl("/login?bytt"));
    assertThat(users.byUsername("admin").orElseThrow().mustChangePassword()).isFalse();
    assertThat(audit.ofAdministration(10))
        .first()
        .extracting(AuditLog.Entry::actor, AuditLog.Entry::action)
        .containsExactly("admin", "PASSWORD_CHANGED");

    MockHttpSession again = new MockHttpSession();
    http.perform(
            post("/login")
                .session(again)
                .param("username", "admin")
                .param("password", oneTime)
                .param(
                    "_csrf", hiddenToken(http.perform(get("/login").session(again)).andReturn())))
        .andExpect(redirectedUrl("/login?fel"))
        .andExpect(unauthenticated());
    assertThat(signIn("admin", chosen)).isNotNull();
  }

  private MockHttpServletRequestBuilder changePassword(
      MockHttpSession session, String token, String current, String chosen) {
    return post("/konto/losenord")
        .session(session)
        .param("username", "admin")
        .param("current", current)
        .param("password", chosen)
        .param("repeat", chosen)
        .param("_csrf", token);
  }

  /** Signs in with the sign-in page's form, as a browser does; the session is then the person's. */
  private MockHttpSession signIn(String username, String password) throws Exception {
    MockHttpSession session = new MockHttpSession();
    String token = hiddenToken(http.perform(get("/login").session(session)).andReturn());
    http.perform(
            post("/login")
                .session(session)
                .with(cookieOf(session))
                .param("username", username)
                .param("password", password)
                .param("_csrf", token))
        .andExpect(redirectedUrl("/"))
        .andExpect(authenticated().withUsername(username));
    return session;
  }

  private void putBack(int draft) throws Exception {
    http.perform(putCell(A, draft, "sabo", lock(A, draft), "110").with(basic(CONTROLLER)))
        .andExpect(status().isOk());
  }

  /**
   * The session cookie a browser sends along: the session id the request asks for. (Without it, a
   * mock request's session counts as new, and Spring Security rightly sees no session to protect.)
   */
  private static RequestPostProcessor cookieOf(MockHttpSession session) {
    return request -> {
      request.setRequestedSessionId(session.getId());
      request.setRequestedSessionIdFromCookie(true);
      return request;
    };
  }

  private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
    return request.header("HX-Request", "true");
  }

  private static Map<String, String> meta(MvcResult page) throws Exception {
    Matcher matcher = META.matcher(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
    Map<String, String> meta = new java.util.HashMap<>();
    while (matcher.find()) {
      meta.put(matcher.group(1), matcher.group(2));
    }
    return meta;
  }

  private static String hiddenToken(MvcResult page) throws Exception {
    Matcher matcher =
        HIDDEN_TOKEN.matcher(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
    assertThat(matcher.find()).as("the page's form carries a CSRF token").isTrue();
    return matcher.group(1);
  }

  private static Map<String, String> directives(String policy) {
    assertThat(policy).as("Content-Security-Policy").isNotNull();
    return Arrays.stream(policy.split(";"))
        .map(String::strip)
        .filter(d -> !d.isEmpty())
        .collect(
            Collectors.toMap(
                d -> d.split("\\s+", 2)[0], d -> d.contains(" ") ? d.split("\\s+", 2)[1] : ""));
  }
}
