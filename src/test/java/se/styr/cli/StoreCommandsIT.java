package se.styr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.styr.plan.PlanFiles;

/**
 * {@code styr import} and {@code styr export} against the default H2 file database in a temporary
 * directory.
 */
class StoreCommandsIT {
  @TempDir Path dir;

  private CliRun styr(String... args) {
    return CliRun.of(
        args[0],
        java.util.Arrays.copyOfRange(args, 1, args.length),
        "--styr.data-dir=" + dir.resolve("data"));
  }

  @Test
  void importsAPlanFileAndExportsTheSameFileBack() throws IOException {
    CliRun imported = styr("import", "demo/smedjebacken-omsorgsnamnden-2025.yaml");
    assertThat(imported.status()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("as 2061/omsorgsnamnden/2025 version 1", "8 findings");

    Path exported = dir.resolve("out.yaml");
    assertThat(styr("export", "2061/omsorgsnamnden/2025", "--out", exported.toString()).status())
        .isZero();
    assertThat(Files.readString(exported))
        .isEqualTo(Files.readString(Path.of("demo/smedjebacken-omsorgsnamnden-2025.yaml")));

    CliRun list = styr("export", "--list");
    assertThat(list.out()).contains("2061/omsorgsnamnden/2025\tversion 1 (decided)");
  }

  @Test
  void importsNothingWhenAFileIsBroken() throws IOException {
    Path good = Files.writeString(dir.resolve("good.yaml"), PlanFiles.VALID);
    Path bad =
        Files.writeString(
            dir.resolve("bad.yaml"),
            PlanFiles.VALID.replace("values: [200, 210]", "values: [200]"));
    CliRun run = styr("import", good.toString(), bad.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains(bad + ":23:", "1 values for 2 columns", "Nothing was imported.");
    CliRun list = styr("export", "--list");
    assertThat(list.out()).as(list.err()).isEmpty();
  }

  @Test
  void readsALedgerIntoAStoredOccasionAndPrintsWhatChangedOrEveryProblem() throws IOException {
    CliRun imported = styr("import", "demo/lerum-stod-och-omsorgsnamnden-2024.yaml");
    assertThat(imported.status()).as(imported.err()).isZero();
    try (var context =
        new org.springframework.boot.builder.SpringApplicationBuilder(se.styr.Styr.class)
            .web(org.springframework.boot.WebApplicationType.NONE)
            .run(
                "--styr.data-dir=" + dir.resolve("data"),
                "--styr.demo.load=false",
                "--spring.main.banner-mode=off")) {
      var plan =
          context
              .getBean(se.styr.version.Versions.class)
              .plan("1441", "stod-och-omsorgsnamnden", 2024)
              .orElseThrow();
      long versionId =
          context
              .getBean(se.styr.version.Versions.class)
              .version(plan.planId(), plan.latestVersion())
              .orElseThrow()
              .versionId();
      context
          .getBean(se.styr.followup.report.FollowUps.class)
          .importReport(
              plan.planId(),
              versionId,
              true,
              "delar.yaml",
              Files.readString(Path.of("demo/followup/lerum-delar-2024.yaml"))
                  .replace("      outcomeToDate: -6.1\n", "      outcomeToDate: -5\n"),
              "test");
    }
    Path broken = dir.resolve("trasig.se");
    Files.write(
        broken,
        new String(
                Files.readAllBytes(Path.of("demo/ledger/lerum-2024-08.se")),
                java.nio.charset.Charset.forName("IBM437"))
            .replace("#RAR 0 20240101 20241231", "#RAR 0 20241231 20240101")
            .getBytes(java.nio.charset.Charset.forName("IBM437")));

    CliRun refused =
        styr(
            "import-ledger",
            broken.toString(),
            "--plan",
            "1441/stod-och-omsorgsnamnden/2024",
            "--occasion",
            "delar-2024");
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.err()).contains("trasig.se:8:17:", "Nothing was imported.");

    CliRun read =
        styr(
            "import-ledger",
            "demo/ledger/lerum-2024-08.se",
            "--plan",
            "1441/stod-och-omsorgsnamnden/2024",
            "--occasion",
            "delar-2024");
    assertThat(read.status()).as(read.err()).isZero();
    assertThat(read.out())
        .contains("changed hemtjanst outcomeToDate -5 -> -6.1")
        .contains("unmapped 5010 1:9100 12500.00")
        .contains("changed ledning costToDate (blank) -> -24.3")
        .contains("read lerum-2024-08.se into delar-2024: 210 rows, 13 changes, 1 unmapped");
    assertThat(styr("import-ledger", "x.se").err()).contains("usage: styr import-ledger");
  }
}
