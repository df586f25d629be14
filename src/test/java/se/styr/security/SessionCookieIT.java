package se.styr.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.styr.it.H2Database;

/**
 * The session cookie as a browser gets it from the real server: SameSite=Lax and HttpOnly always,
 * Secure when the request came over TLS (here: through a proxy on the same machine that says so).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"styr.demo.load=false", "styr.documents.warm-up=false"})
class SessionCookieIT {
  @LocalServerPort int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  private List<String> sessionCookies(String forwardedProto) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
    if (forwardedProto != null) {
      request.header("X-Forwarded-Proto", forwardedProto);
    }
    HttpResponse<Void> response =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .toList();
  }

  @Test
  void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
    assertThat(sessionCookies(null))
        .singleElement()
        .satisfies(
            cookie -> {
              assertThat(cookie).containsIgnoringCase("SameSite=Lax").contains("HttpOnly");
              assertThat(cookie).doesNotContain("Secure");
            });
  }

  @Test
  void theSessionCookieIsSecureBehindTls() throws Exception {
    assertThat(sessionCookies("https"))
        .singleElement()
        .satisfies(
            cookie -> assertThat(cookie).contains("Secure").containsIgnoringCase("SameSite=Lax"));
  }
}
