package se.styr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/styr, the launcher, run by sh against a stand-in JDK whose "java" only records what it was
 * asked (extracting, training and the command itself), so the test takes well under a second and
 * needs no jar. Skipped where there is no /bin/sh.
 */
class LauncherTest {
  private static final Path LAUNCHER = Path.of("bin/styr").toAbsolutePath();
  private static final String FAKE_JAVA =
      """
      #!/bin/sh
      # Stands in for java: extracts, trains and runs by recording only.
      echo "$*" >> "$FAKE_LOG"
      case "$*" in
        -version)
          echo "openjdk version \\"${FAKE_VERSION:-17.0.15}\\" 2025-04-15" >&2 ;;
        *-Djarmode=tools*)
          [ -n "${FAKE_FAIL:-}" ] && exit 3
          [ -n "${FAKE_SLOW:-}" ] && sleep 0.3
          while [ "$1" != "--destination" ]; do shift; done
          mkdir -p "$2/lib" && echo "${FAKE_JAR_CONTENT:-}" > "$2/styr.jar" ;;
        *-XX:ArchiveClassesAtExit=*|*-XX:AOTCacheOutput=*)
          for a in "$@"; do case "$a" in -XX:ArchiveClassesAtExit=*|-XX:AOTCacheOutput=*) : > "${a#*=}" ;; esac; done ;;
        *)
          for a in "$@"; do printf '[%s]\\n' "$a"; done ;;
      esac
      """;

  @TempDir Path dir;
  Path jar;
  Path log;

  private record Run(int status, List<String> out, String err) {}

  @BeforeEach
  void setUp() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh");
    Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
    Path java = Files.writeString(bin.resolve("java"), FAKE_JAVA);
    assertThat(java.toFile().setExecutable(true)).isTrue();
    jar =
        Files.writeString(
            Files.createDirectories(dir.resolve("target")).resolve("styr.jar"), "jar 1");
    log = dir.resolve("java.log");
  }

  private Process start(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("/bin/sh", LAUNCHER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder
        .environment()
        .putAll(
            Map.of(
                "JAVA_HOME",
                dir.resolve("jdk").toString(),
                "STYR_JAR",
                jar.toString(),
                "STYR_CACHE",
                dir.resolve("cache").toString(),
                "FAKE_LOG",
                log.toString()));
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    return process;
  }

  private static Run finish(Process process) throws Exception {
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(
        process.exitValue(),
        out.lines().toList(),
        new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private Run styr(Map<String, String> env, String... args) throws Exception {
    return finish(start(env, args));
  }

  private Run styr(String... args) throws Exception {
    return styr(Map.of(), args);
  }

  private long javaRuns(String containing) throws IOException {
    return Files.exists(log)
        ? Files.readAllLines(log).stream().filter(l -> l.contains(containing)).count()
        : 0;
  }

  @Test
  void preparesOnceThenRunsACommandFromTheArchiveWithItsArgumentsIntact() throws Exception {
    Run first = styr("print", "my plan.yaml", "--format", "pdf", "--out", "", "*");
    Run second = styr("print", "my plan.yaml", "--format", "pdf", "--out", "", "*");

    assertThat(first.err()).contains("preparing a fast start");
    assertThat(second.err()).isEmpty();
    assertThat(javaRuns("-Djarmode=tools")).isEqualTo(1);
    assertThat(javaRuns("-XX:ArchiveClassesAtExit=")).isEqualTo(2);
    for (Run run : List.of(first, second)) {
      assertThat(run.status()).isZero();
      assertThat(run.out())
          .contains("[-XX:TieredStopAtLevel=1]", "[-XX:CICompilerCount=1]", "[-XX:+UseSerialGC]");
      assertThat(run.out().get(0)).startsWith("[-XX:SharedArchiveFile=").endsWith("/cli.jsa]");
      assertThat(run.out().subList(run.out().size() - 9, run.out().size()))
          .containsExactly(
              "[-jar]",
              run.out().get(run.out().size() - 8),
              "[print]",
              "[my plan.yaml]",
              "[--format]",
              "[pdf]",
              "[--out]",
              "[]",
              "[*]");
      assertThat(run.out().get(run.out().size() - 8)).endsWith("/app/styr.jar]");
    }
  }

  @Test
  void onJdk25UsesAnAotCacheInstead() throws Exception {
    Run run = styr(Map.of("FAKE_VERSION", "25.0.3"), "print", "a.yaml");

    assertThat(javaRuns("-XX:AOTCacheOutput=")).isEqualTo(2);
    assertThat(run.out().get(0)).startsWith("[-XX:AOTCache=").endsWith("/cli.aot]");
  }

  @Test
  void startsTheWebApplicationWithItsOwnArchiveAndTheClientCompiler() throws Exception {
    Run run = styr("--server.port=9090");

    assertThat(run.out().get(0)).startsWith("[-XX:SharedArchiveFile=").endsWith("/web.jsa]");
    assertThat(run.out())
        .contains("[-XX:TieredStopAtLevel=1]")
        .doesNotContain("[-XX:+UseSerialGC]")
        .endsWith("[--server.port=9090]");
  }

  @Test
  void startsTheWebApplicationWithBothCompilersWhenAskedForTheServerOne() throws Exception {
    Run run = styr(Map.of("STYR_JIT", "server"), "--server.port=9090");

    assertThat(run.out())
        .doesNotContain("[-XX:TieredStopAtLevel=1]")
        .contains("[-XX:Tier4InvocationThreshold=50000]")
        .endsWith("[--server.port=9090]");
  }

  @Test
  void trainsTheWebArchiveByVisitingPagesOnALoopbackPortOfItsOwn() throws Exception {
    styr("--server.port=9090");

    List<String> training =
        Files.readAllLines(log).stream()
            .filter(line -> line.contains("-XX:ArchiveClassesAtExit=") && line.contains("web.jsa"))
            .toList();
    assertThat(training).hasSize(1);
    assertThat(training.get(0))
        .contains("--styr.training-run=true", "--server.port=0", "--server.address=127.0.0.1")
        .doesNotContain("spring.context.exit");
  }

  @Test
  void usesSpringAotOnlyWhenTheJarHasItAndNothingElseConfiguresTheApplication() throws Exception {
    Map<String, String> aotJar =
        Map.of("FAKE_JAR_CONTENT", "se/styr/Styr__ApplicationContextInitializer.class");
    assertThat(styr(aotJar, "--server.port=9090", "--styr.data-dir=/tmp/x").out())
        .contains("[-Dspring.aot.enabled=true]");
    assertThat(styr(aotJar).out()).contains("[-Dspring.aot.enabled=true]");
    assertThat(styr(aotJar, "--spring.profiles.active=postgres").out())
        .doesNotContain("[-Dspring.aot.enabled=true]");
    assertThat(styr(aotJar, "--styr.demo.load=false").out())
        .doesNotContain("[-Dspring.aot.enabled=true]");
    assertThat(
            styr(Map.of(
                    "FAKE_JAR_CONTENT",
                    "se/styr/Styr__ApplicationContextInitializer.class",
                    "SPRING_PROFILES_ACTIVE",
                    "oidc"))
                .out())
        .doesNotContain("[-Dspring.aot.enabled=true]");
    Files.writeString(dir.resolve("application.yaml"), "spring: {}");
    assertThat(styr(aotJar).out()).doesNotContain("[-Dspring.aot.enabled=true]");
  }

  @Test
  void withoutSpringAotInTheJarTheWebApplicationStartsWithout() throws Exception {
    assertThat(styr().out()).doesNotContain("[-Dspring.aot.enabled=true]");
  }

  @Test
  void preparesAgainWhenTheJarChanges() throws Exception {
    styr("validate", "a.yaml");
    Files.writeString(jar, "jar 2, rebuilt");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    Run run = styr("validate", "a.yaml");

    assertThat(run.err()).contains("preparing a fast start");
    assertThat(javaRuns("-Djarmode=tools")).isEqualTo(2);
    try (Stream<Path> prepared = Files.list(dir.resolve("cache"))) {
      assertThat(prepared.filter(p -> Files.exists(p.resolve("ready")))).hasSize(2);
    }
  }

  @Test
  void twoRunsAtOnceBothRunAndLeaveOnePreparation() throws Exception {
    Process one = start(Map.of("FAKE_SLOW", "1"), "validate", "a.yaml");
    Process two = start(Map.of("FAKE_SLOW", "1"), "validate", "a.yaml");
    Run first = finish(one);
    Run second = finish(two);

    assertThat(first.status()).isZero();
    assertThat(second.status()).isZero();
    assertThat(first.out()).endsWith("[validate]", "[a.yaml]");
    assertThat(second.out()).endsWith("[validate]", "[a.yaml]");
    try (Stream<Path> cache = Files.list(dir.resolve("cache"))) {
      List<Path> entries = cache.toList();
      assertThat(entries).hasSize(1);
      assertThat(entries.get(0).resolve("ready")).exists();
      assertThat(entries.get(0).resolve("training.lock")).doesNotExist();
    }
  }

  @Test
  void fallsBackToPlainJavaJarWhenPreparingFails() throws Exception {
    Run run = styr(Map.of("FAKE_FAIL", "1"), "validate", "a b.yaml");

    assertThat(run.err()).contains("extracting the jar failed", "running plain java -jar");
    assertThat(run.out()).containsExactly("[-jar]", "[" + jar + "]", "[validate]", "[a b.yaml]");
  }

  @Test
  void saysWhenTheJarIsMissing() throws Exception {
    Files.delete(jar);
    Run run = styr("validate", "a.yaml");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("is missing; build it first");
  }
}
