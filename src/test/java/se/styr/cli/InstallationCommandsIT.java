package se.styr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code styr export-installation}, {@code restore-installation} and {@code reset-password} against
 * H2 file databases in a temporary directory.
 */
class InstallationCommandsIT {
  @TempDir Path dir;

  private CliRun styr(String data, String... args) {
    return CliRun.of(
        args[0],
        java.util.Arrays.copyOfRange(args, 1, args.length),
        "--styr.data-dir=" + dir.resolve(data));
  }

  @Test
  void exportsRestoresIntoAnEmptyInstallationAndResetsAnAdministratorsPassword() {
    assertThat(styr("first", "import", "demo/ale-socialnamnden-2024.yaml").status()).isZero();
    String export = dir.resolve("export").toString();

    CliRun exported = styr("first", "export-installation", export);
    CliRun restored = styr("second", "restore-installation", export);
    CliRun reset = styr("second", "reset-password", "admin");

    assertThat(exported.status()).as(exported.err()).isZero();
    assertThat(exported.out()).contains("exported the installation to", "plan=1");
    assertThat(restored.status()).as(restored.err()).isZero();
    assertThat(restored.out()).contains("restored the installation", "reset-password");
    assertThat(reset.status()).as(reset.err()).isZero();
    assertThat(reset.out()).containsPattern("one-time password of admin: \\S{12,}");
  }

  @Test
  void refusesToRestoreIntoAnInstallationThatHoldsPlans() {
    assertThat(styr("first", "import", "demo/ale-socialnamnden-2024.yaml").status()).isZero();
    String export = dir.resolve("export").toString();
    assertThat(styr("first", "export-installation", export).status()).isZero();

    CliRun restored = styr("first", "restore-installation", export);

    assertThat(restored.status()).isEqualTo(2);
    assertThat(restored.err()).contains("not empty", "plan (1 row)", "Nothing was restored.");
  }

  @Test
  void refusesToWriteAnExportIntoAFolderThatHoldsFiles() {
    String export = dir.resolve("export").toString();
    assertThat(styr("first", "export-installation", export).status()).isZero();

    CliRun again = styr("first", "export-installation", export);

    assertThat(again.status()).isEqualTo(2);
    assertThat(again.err()).contains("is not empty");
  }
}
