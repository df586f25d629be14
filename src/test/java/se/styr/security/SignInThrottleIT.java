package se.styr.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.styr.it.H2Database;

/**
 * Wrong passwords are throttled per account and client address, for HTTP Basic, the sign-in form
 * and the password change alike; a locked account stays locked whatever the password until an
 * administrator lifts the lock.
 */
@SpringBootTest(properties = "styr.demo.load=false")
@AutoConfigureMockMvc
class SignInThrottleIT {
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final String PASSWORD = "ett riktigt bra lösenord";
  @Autowired MockMvc http;
  @Autowired UserStore users;
  @Autowired PasswordEncoder encoder;
  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  private String account() {
    String username = "konto-" + NEXT.incrementAndGet();
    users.create(username, "Konto", encoder.encode(PASSWORD), false);
    return username;
  }

  /** A client address of its own for each test, so that tests do not throttle each other. */
  private static String address() {
    return "10.3.0." + NEXT.incrementAndGet();
  }

  private static MockHttpServletRequestBuilder from(
      MockHttpServletRequestBuilder request, String address) {
    return request.with(
        r -> {
          r.setRemoteAddr(address);
          return r;
        });
  }

  private MockHttpServletResponse basic(String username, String password, String address)
      throws Exception {
    return http.perform(from(get("/api/plans"), address).with(httpBasic(username, password)))
        .andReturn()
        .getResponse();
  }

  private MockHttpServletResponse form(String username, String password, String address)
      throws Exception {
    return http.perform(
            from(post("/login"), address)
                .with(csrf())
                .param("username", username)
                .param("password", password))
        .andReturn()
        .getResponse();
  }

  @Test
  void afterFiveWrongPasswordsEvenTheRightOneWaitsOverBasic() throws Exception {
    String anna = account();
    String address = address();
    assertThat(basic(anna, PASSWORD, address).getStatus()).isEqualTo(200);
    for (int i = 0; i < 5; i++) {
      assertThat(basic(anna, "fel lösenord " + i, address).getStatus()).isEqualTo(401);
    }
    MockHttpServletResponse refused = basic(anna, PASSWORD, address);
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
    // from another address too: the account is throttled, not only the address
    assertThat(basic(anna, PASSWORD, address()).getStatus()).isEqualTo(429);
  }

  @Test
  void theSignInFormSaysHowLongToWait() throws Exception {
    String anna = account();
    String address = address();
    for (int i = 0; i < 5; i++) {
      assertThat(form(anna, "fel " + i, address).getRedirectedUrl()).isEqualTo("/login?fel");
    }
    assertThat(form(anna, PASSWORD, address).getRedirectedUrl()).isEqualTo("/login?vanta=1");
    String page =
        http.perform(get("/login?vanta=1")).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("För många misslyckade inloggningar. Vänta 1 sekunder");
    assertThat(
            http.perform(get("/login?vanta=<b>x</b>"))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain("<b>x</b>", "Vänta");
  }

  @Test
  void anUnknownUserIsThrottledJustAsAKnownOne() throws Exception {
    String address = address();
    for (int i = 0; i < 5; i++) {
      assertThat(basic("ingen-sadan-" + address, "fel", address).getStatus()).isEqualTo(401);
    }
    assertThat(basic("ingen-sadan-" + address, "fel", address).getStatus()).isEqualTo(429);
  }

  @Test
  void oneAddressTryingManyAccountsIsThrottled() throws Exception {
    String address = address();
    for (int i = 0; i < 20; i++) {
      assertThat(basic("gissning-" + i + "-" + address, "fel", address).getStatus()).isEqualTo(401);
    }
    String anna = account();
    assertThat(basic(anna, PASSWORD, address).getStatus()).isEqualTo(429);
    assertThat(basic(anna, PASSWORD, address()).getStatus()).isEqualTo(200);
  }

  @Test
  void aLockedAccountIsRefusedWithTheRightPasswordUntilAnAdministratorLiftsTheLock()
      throws Exception {
    String anna = account();
    long id = users.byUsername(anna).orElseThrow().id();
    users.lock(anna, Instant.now().plusSeconds(900));
    assertThat(basic(anna, PASSWORD, address()).getStatus()).isEqualTo(429);
    assertThat(form(anna, PASSWORD, address()).getRedirectedUrl()).startsWith("/login?vanta=");

    String admin = "admin-" + NEXT.incrementAndGet();
    users.grant(users.create(admin, "Admin", null, false), Grant.administrator());
    String page =
        http.perform(get("/admin/users/" + id).with(user(admin)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Spärrat efter för många fel lösenord", "Häv spärren");
    http.perform(post("/admin/users/" + id + "/unlock").with(user(admin)).with(csrf())).andReturn();
    assertThat(basic(anna, PASSWORD, address()).getStatus()).isEqualTo(200);
    assertThat(
            jdbc.sql("select action from audit_entry where subject = ? order by id")
                .param(anna)
                .query(String.class)
                .list())
        .contains("ACCOUNT_UNLOCKED");
  }

  @Test
  void thePasswordChangeIsThrottledAsSigningInIs() throws Exception {
    String anna = account();
    String address = address();
    for (int i = 0; i < 5; i++) {
      assertThat(change(anna, "fel " + i, address).getContentAsString())
          .contains("Fel användarnamn eller nuvarande lösenord.");
    }
    MockHttpServletResponse refused = change(anna, PASSWORD, address);
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getContentAsString()).contains("För många försök med fel lösenord.");
    assertThat(encoder.matches(PASSWORD, users.byUsername(anna).orElseThrow().passwordHash()))
        .isTrue();
  }

  private MockHttpServletResponse change(String username, String current, String address)
      throws Exception {
    return http.perform(
            from(post("/konto/losenord"), address)
                .with(csrf())
                .param("username", username)
                .param("current", current)
                .param("password", "ett helt nytt lösenord")
                .param("repeat", "ett helt nytt lösenord"))
        .andReturn()
        .getResponse();
  }
}
