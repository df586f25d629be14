package se.styr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code styr export-installation}, {@code restore-installation} and {@code reset-password} against
 * H2 file databases in a temporary directory.
 */
class InstallationCommandsIT {
  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private Run styr(String data, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] all = new String[args.length + 1];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--styr.data-dir=" + dir.resolve(data);
    int status =
        Cli.run(
            all,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            se.styr.Styr.class);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void exportsRestoresIntoAnEmptyInstallationAndResetsAnAdministratorsPassword() {
    assertThat(styr("first", "import", "demo/ale-socialnamnden-2024.yaml").status()).isZero();
    String export = dir.resolve("export").toString();

    Run exported = styr("first", "export-installation", export);
    Run restored = styr("second", "restore-installation", export);
    Run reset = styr("second", "reset-password", "admin");

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

    Run restored = styr("first", "restore-installation", export);

    assertThat(restored.status()).isEqualTo(2);
    assertThat(restored.err()).contains("not empty", "plan (1 row)", "Nothing was restored.");
  }

  @Test
  void refusesToWriteAnExportIntoAFolderThatHoldsFiles() {
    String export = dir.resolve("export").toString();
    assertThat(styr("first", "export-installation", export).status()).isZero();

    Run again = styr("first", "export-installation", export);

    assertThat(again.status()).isEqualTo(2);
    assertThat(again.err()).contains("is not empty");
  }
}
