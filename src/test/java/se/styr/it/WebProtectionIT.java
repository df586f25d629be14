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
    Browser session = signIn(CONTROLLER, PASSWORD);
    Map<String, String> meta =
        meta(
            http.perform(get(page(A, draft) + "/budget").with(session.cookie()))
                .andDo(session.keep())
                .andReturn());
    assertThat(meta).containsEntry("csrf-header", "X-CSRF-TOKEN");
    http.perform(htmx(postCell(A, draft, "sabo", lock(A, draft), "114")).with(session.cookie()))
        .andDo(session.keep())
        .andExpect(status().isForbidden());
    String fragment =
        http.perform(
                htmx(postCell(A, draft, "sabo", lock(A, draft), "114"))
                    .with(session.cookie())
                    .header(meta.get("csrf-header"), meta.get("csrf-token")))
            .andDo(session.keep())
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
    Browser session = signIn(CONTROLLER, PASSWORD);
    http.perform(putCell(A, draft, "sabo", lock(A, draft), "116").with(session.cookie()))
        .andDo(session.keep())
        .andExpect(status().isForbidden());
    Map<String, String> meta =
        meta(
            http.perform(get(page(A, draft)).with(session.cookie()))
                .andDo(session.keep())
                .andReturn());
    http.perform(
            putCell(A, draft, "sabo", lock(A, draft), "116")
                .with(session.cookie())
                .header(meta.get("csrf-header"), meta.get("csrf-token")))
        .andDo(session.keep())
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
    Browser session = new Browser();
    String token =
        hiddenToken(
            http.perform(get("/login").with(session.cookie())).andDo(session.keep()).andReturn());
    String before = session.id();
    http.perform(
            post("/login")
                .with(session.cookie())
                .param("username", CONTROLLER)
                .param("password", PASSWORD)
                .param("_csrf", token))
        .andDo(session.keep())
        .andExpect(redirectedUrl("/"))
        .andExpect(authenticated().withUsername(CONTROLLER));
    assertThat(before).as("the sign-in page began a session").isNotNull();
    assertThat(session.id()).as("the session, under a new id").isNotNull().isNotEqualTo(before);
    http.perform(get("/konto/losenord").with(session.cookie())).andExpect(status().isOk());
  }

  @Test
  void aWrongPasswordOrAnUnknownUserLeadsBackToTheSignInPageAlike() throws Exception {
    for (String[] attempt :
        new String[][] {{CONTROLLER, "wrong password!"}, {"nobody", PASSWORD}, {CONTROLLER, ""}}) {
      Browser session = new Browser();
      String token =
          hiddenToken(
              http.perform(get("/login").with(session.cookie())).andDo(session.keep()).andReturn());
      http.perform(
              post("/login")
                  .with(session.cookie())
                  .param("username", attempt[0])
                  .param("password", attempt[1])
                  .param("_csrf", token))
          .andDo(session.keep())
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
    Browser session = new Browser();
    http.perform(
            post("/login")
                .with(session.cookie())
                .param("username", "admin")
                .param("password", oneTime)
                .param(
                    "_csrf",
                    hiddenToken(
                        http.perform(get("/login").with(session.cookie()))
                            .andDo(session.keep())
                            .andReturn())))
        .andDo(session.keep())
        .andExpect(redirectedUrl("/konto/losenord?byt"))
        .andExpect(unauthenticated());
    String token =
        hiddenToken(
            http.perform(get("/konto/losenord?byt").with(session.cookie()))
                .andDo(session.keep())
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

    Browser again = new Browser();
    http.perform(
            post("/login")
                .with(again.cookie())
                .param("username", "admin")
                .param("password", oneTime)
                .param(
                    "_csrf",
                    hiddenToken(
                        http.perform(get("/login").with(again.cookie()))
                            .andDo(again.keep())
                            .andReturn())))
        .andDo(again.keep())
        .andExpect(redirectedUrl("/login?fel"))
        .andExpect(unauthenticated());
    assertThat(signIn("admin", chosen)).isNotNull();
  }

  private MockHttpServletRequestBuilder changePassword(
      Browser session, String token, String current, String chosen) {
    return post("/konto/losenord")
        .with(session.cookie())
        .param("username", "admin")
        .param("current", current)
        .param("password", chosen)
        .param("repeat", chosen)
        .param("_csrf", token);
  }

  /** Signs in with the sign-in page's form, as a browser does; the session is then the person's. */
  private Browser signIn(String username, String password) throws Exception {
    Browser session = new Browser();
    String token =
        hiddenToken(
            http.perform(get("/login").with(session.cookie())).andDo(session.keep()).andReturn());
    http.perform(
            post("/login")
                .with(session.cookie())
                .param("username", username)
                .param("password", password)
                .param("_csrf", token))
        .andDo(session.keep())
        .andExpect(redirectedUrl("/"))
        .andExpect(authenticated().withUsername(username));
    return session;
  }

  private void putBack(int draft) throws Exception {
    http.perform(putCell(A, draft, "sabo", lock(A, draft), "110").with(basic(CONTROLLER)))
        .andExpect(status().isOk());
  }

  /**
   * A browser's session cookie across mock requests: sessions are kept by Spring Session, in the
   * database, and found by the cookie a request sends, as from a real browser.
   */
  private static final class Browser {
    private jakarta.servlet.http.Cookie cookie;

    RequestPostProcessor cookie() {
      return request -> {
        if (cookie != null) {
          request.setCookies(cookie);
        }
        return request;
      };
    }

    org.springframework.test.web.servlet.ResultHandler keep() {
      return result -> {
        jakarta.servlet.http.Cookie set = result.getResponse().getCookie("JSESSIONID");
        if (set != null) {
          cookie = set.getMaxAge() == 0 ? null : set;
        }
      };
    }

    String id() {
      return cookie == null ? null : cookie.getValue();
    }
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
