package se.styr;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Visits the pages a first visitor sees, as a browser would ask for them: the start page, the pages
 * it links to (sign-in, accessibility, English), and one plan's version with every tab of it. Used
 * by the launcher's training run of the web application ({@link WebTrainingRun}), so that the
 * class-data-sharing archive made at its exit holds what serving those pages loads (Thymeleaf, the
 * pages' controllers, Tomcat's request handling), not only what starting loads. Downloads (PDF,
 * Word, Excel, the plan file) and the API are not asked for: a first visitor does not need them,
 * and every class in the archive costs each start a little to map.
 */
final class PageVisits {
  /** A page asked for and the HTTP status it answered ({@code -1}: no answer). */
  record Visit(String path, int status) {}

  private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
  private static final Pattern PLAN = Pattern.compile("/plans/\\d+");
  private static final Pattern TAB = Pattern.compile("/plans/\\d+/versions/\\d+(/[a-z-]+)?");
  private static final int MOST = 40;
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI base;
  private final List<Visit> visits = new ArrayList<>();
  private final Set<String> asked = new LinkedHashSet<>();

  private PageVisits(URI base) {
    this.base = base;
  }

  /** Visits the pages of the application at {@code base} (e.g. http://127.0.0.1:8080). */
  static List<Visit> of(URI base) {
    PageVisits visits = new PageVisits(base);
    visits.walk();
    return List.copyOf(visits.visits);
  }

  private void walk() {
    String start = get("/");
    if (start.isEmpty()) {
      return; // no start page, nothing else to learn
    }
    List<String> links = links(start);
    for (String link : links) {
      if (!link.startsWith("/plans/") && !link.startsWith("/v3/") && !link.startsWith("/api/")) {
        get(link);
      }
    }
    get("/?lang=en");
    links.stream()
        .filter(link -> PLAN.matcher(link).matches())
        .findFirst()
        .ifPresent(
            plan -> {
              String page = get(plan);
              for (String tab : links(page)) {
                if (TAB.matcher(tab).matches()) {
                  get(tab);
                }
              }
            });
  }

  private static List<String> links(String page) {
    List<String> links = new ArrayList<>();
    Matcher link = LINK.matcher(page);
    while (link.find()) {
      String path = link.group(1);
      if (!path.startsWith("//") && !links.contains(path)) {
        links.add(path);
      }
    }
    return links;
  }

  /** The page's text when it answered 200, else "" (the status is recorded either way). */
  private String get(String path) {
    if (visits.size() >= MOST || !asked.add(path)) {
      return "";
    }
    HttpURLConnection connection = null;
    try {
      connection = (HttpURLConnection) base.resolve(path).toURL().openConnection();
      connection.setConnectTimeout((int) TIMEOUT.toMillis());
      connection.setReadTimeout((int) TIMEOUT.toMillis());
      int status = connection.getResponseCode();
      visits.add(new Visit(path, status));
      if (status != HttpURLConnection.HTTP_OK) {
        return "";
      }
      try (InputStream in = connection.getInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      visits.add(new Visit(path, -1));
      return "";
    } finally {
      if (connection != null) {
        connection.disconnect();
      }
    }
  }
}
