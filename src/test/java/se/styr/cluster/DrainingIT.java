package se.styr.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.styr.Styr;

/**
 * A node shutting down behind a load balancer: it says it is not ready, and goes on answering for
 * the drain delay, so the balancer's checks take it out before its port closes.
 */
class DrainingIT {
  @Test
  void aNodeShuttingDownAnswersNotReadyForTheDrainDelayBeforeItsPortCloses() throws Exception {
    ConfigurableApplicationContext node =
        new SpringApplicationBuilder(Styr.class)
            .run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--styr.demo.load=false",
                "--styr.documents.warm-up=false",
                "--styr.shutdown.drain-delay=4s",
                "--styr.data-dir=" + Files.createTempDirectory("styr-it-drain-"));
    String readiness =
        "http://127.0.0.1:"
            + ((WebServerApplicationContext) node).getWebServer().getPort()
            + "/actuator/health/readiness";
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ask = HttpRequest.newBuilder(URI.create(readiness)).build();
    assertThat(client.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode())
        .isEqualTo(200);

    CompletableFuture<Void> closing = CompletableFuture.runAsync(node::close);
    int status = 200;
    long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
    while (status == 200 && System.nanoTime() < deadline) {
      Thread.sleep(100);
      status = client.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    assertThat(status).as("still answering, and not ready").isEqualTo(503);
    closing.get();
    assertThat(node.isActive()).isFalse();
  }
}
