package se.styr.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** The installation export and restore on the embedded H2 file database. */
class InstallationBackupH2IT extends InstallationBackupContract {
  @Override
  Map<String, String> freshDatabase() {
    try {
      return Map.of("styr.data-dir", Files.createTempDirectory("styr-it-backup-").toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
