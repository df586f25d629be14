package se.styr.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.styr.Styr;
import se.styr.it.TestUsers;
import se.styr.security.Grant;
import se.styr.security.UserStore;

/**
 * Two nodes of one installation on one database, as behind a load balancer: a session begun on one
 * node holds on the other, also once the first is gone, and the start-up work both nodes ask for
 * (the first administrator) is done once. Subclasses choose the database ({@link #database()}).
 */
abstract class TwoNodesContract {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
  private ConfigurableApplicationContext first;
  private ConfigurableApplicationContext second;

  /** The properties that point a node at the database under test. */
  abstract Map<String, Object> database();

  private ConfigurableApplicationContext node() {
    Map<String, Object> properties = new HashMap<>(database());
    properties.put("server.port", "0");
    properties.put("server.address", "127.0.0.1");
    properties.put("styr.demo.load", "false");
    properties.put("styr.documents.warm-up", "false");
    // As arguments: they come before the application's own settings (a default would not).
    String[] arguments =
        properties.entrySet().stream()
            .map(p -> "--" + p.getKey() + "=" + p.getValue())
            .toArray(String[]::new);
    return new SpringApplicationBuilder(Styr.class).run(arguments);
  }

  private static String base(ConfigurableApplicationContext node) {
    return "http://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort();
  }

  @AfterEach
  void stop() {
    for (ConfigurableApplicationContext node :
        new ConfigurableApplicationContext[] {first, second}) {
      if (node != null && node.isActive()) {
        node.close();
      }
    }
  }

  @Test
  void aSessionBegunOnOneNodeHoldsOnTheOtherAlsoWhenTheFirstIsGone() throws Exception {
    first = node();
    second = node();
    new TestUsers(first.getBean(UserStore.class), first.getBean(PasswordEncoder.class))
        .ensure("klara", Grant.administrator());
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    String form =
        browser
            .send(
                HttpRequest.newBuilder(URI.create(base(first) + "/login")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher token = CSRF.matcher(form);
    assertThat(token.find()).as("the sign-in form's CSRF token").isTrue();
    HttpResponse<String> signedIn =
        browser.send(
            HttpRequest.newBuilder(URI.create(base(first) + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=klara&password="
                            + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8)
                            + "&_csrf="
                            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("fel");

    HttpResponse<String> onSecond =
        browser.send(
            HttpRequest.newBuilder(URI.create(base(second) + "/konto/losenord")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(onSecond.statusCode()).as("signed in on the other node").isEqualTo(200);

    first.close();
    HttpResponse<String> afterFirstIsGone =
        browser.send(
            HttpRequest.newBuilder(URI.create(base(second) + "/konto/losenord")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(afterFirstIsGone.statusCode()).isEqualTo(200);
    assertThat(
            second
                .getBean(JdbcClient.class)
                .sql("select count(*) from spring_session where principal_name = 'klara'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void startUpWorkAskedForByBothNodesIsDoneOnce() {
    first = node();
    second = node();

    assertThat(
            second
                .getBean(JdbcClient.class)
                .sql("select count(*) from app_user where username = 'admin'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }
}
