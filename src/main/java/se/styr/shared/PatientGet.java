package se.styr.shared;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A GET of a public statistics API (Kolada, SCB) as a polite client makes it: each attempt waits
 * its turn (the caller's rate), a busy answer (429, 5xx) or a broken connection is tried again
 * after a pause that doubles, or after the pause the server asks for (Retry-After, at most 120 s);
 * any other answer than 200 is refused naming the address and status. Messages are the caller's
 * ({@code texts}.status, .interrupted, .unavailable).
 */
public final class PatientGet {
  /** Waits for the caller's next turn to ask (a rate limit). */
  public interface Turn {
    void take() throws InterruptedException;
  }

  /** How the client waits; tests wait without sleeping. */
  public interface Pause {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final HttpClient http;
  private final Duration timeout;
  private final int attempts;
  private final Duration pause;
  private final Turn turn;
  private final Pause sleeper;
  private final String texts;

  public PatientGet(
      HttpClient http,
      Duration timeout,
      int attempts,
      Duration pause,
      Turn turn,
      Pause sleeper,
      String texts) {
    this.http = http;
    this.timeout = timeout;
    this.attempts = Math.max(1, attempts);
    this.pause = pause;
    this.turn = turn;
    this.sleeper = sleeper;
    this.texts = texts;
  }

  /** The body of the answer to {@code uri}, after as many attempts as it takes and may. */
  public String body(URI uri) {
    Duration wait = pause;
    String failure = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      try {
        turn.take();
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(uri)
                    .timeout(timeout)
                    .header("Accept", "application/json")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        if (status == 200) {
          return response.body();
        }
        if (status != 429 && status < 500) {
          throw new InvalidValueException(
              Text.of(texts + ".status", uri.toString(), String.valueOf(status)));
        }
        failure = String.valueOf(status);
        wait = response.headers().firstValue("Retry-After").map(PatientGet::seconds).orElse(wait);
      } catch (IOException e) {
        failure = e.getClass().getSimpleName();
      } catch (InterruptedException e) {
        throw interrupted(uri);
      }
      if (attempt < attempts) {
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException e) {
          throw interrupted(uri);
        }
        wait = wait.multipliedBy(2);
      }
    }
    throw new InvalidValueException(
        Text.of(texts + ".unavailable", uri.toString(), String.valueOf(attempts), failure));
  }

  private InvalidValueException interrupted(URI uri) {
    Thread.currentThread().interrupt();
    return new InvalidValueException(Text.of(texts + ".interrupted", uri.toString()));
  }

  private static Duration seconds(String header) {
    try {
      return Duration.ofSeconds(Math.min(120, Math.max(0, Long.parseLong(header.strip()))));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(5);
    }
  }
}
