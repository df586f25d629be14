package se.styr.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a Spring test context at the default embedded H2 file database, in a fresh directory. */
public final class H2Database {
  private H2Database() {}

  public static void register(DynamicPropertyRegistry registry) {
    try {
      String dir = Files.createTempDirectory("styr-it-").toString();
      registry.add("styr.data-dir", () -> dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
