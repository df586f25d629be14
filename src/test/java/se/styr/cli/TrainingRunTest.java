package se.styr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The launcher's training run goes through every short command on a plan and leaves nothing behind.
 */
class TrainingRunTest {
  @Test
  void validatesAssessesAndPrintsEveryFormatLeavingNoFiles() throws IOException {
    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
    long before = trainingFolders(temp);

    assertThatCode(
            () -> TrainingRun.main(new String[] {"demo/trollhattan-omsorgsnamnden-2024.yaml"}))
        .doesNotThrowAnyException();

    assertThat(trainingFolders(temp)).isEqualTo(before);
  }

  private static long trainingFolders(Path temp) throws IOException {
    try (Stream<Path> files = Files.list(temp)) {
      return files.filter(f -> f.getFileName().toString().startsWith("styr-training")).count();
    }
  }
}
