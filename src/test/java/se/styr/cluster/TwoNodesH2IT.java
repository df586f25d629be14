package se.styr.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

/** Two nodes on one embedded H2 file database (in one process, as H2 allows). */
class TwoNodesH2IT extends TwoNodesContract {
  private final String dir;

  TwoNodesH2IT() throws IOException {
    dir = Files.createTempDirectory("styr-it-nodes-").toString();
  }

  @Override
  Map<String, Object> database() {
    return Map.of("styr.data-dir", dir);
  }
}
