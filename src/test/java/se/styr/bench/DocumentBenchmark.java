package se.styr.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.styr.documents.DocumentFormat;
import se.styr.documents.PlanDocuments;
import se.styr.documents.model.LayoutFile;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;

/**
 * Target: printing the largest seed plan (Södertälje, demo/sodertalje-omsorgsnamnden-2025.yaml) to
 * PDF end to end in a warm JVM takes under 300 ms: reading the plan file, arranging it by the
 * municipality's layout, assessing its goals, the HTML page, and the tagged PDF with its fonts
 * embedded. For comparison the same run converts the same document's DOCX to PDF the way it is done
 * today, with LibreOffice headless ({@code soffice --headless --convert-to pdf}, one process per
 * document as a script or a server would start it, with a profile made beforehand); Styr must be at
 * least ten times faster. Without soffice on the PATH the comparison is skipped.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
public class DocumentBenchmark {
  static final Path LARGEST = Path.of("demo", "sodertalje-omsorgsnamnden-2025.yaml");

  private String planFile;
  private Path folder;
  private Path docx;
  private Path profile;

  @Setup(Level.Trial)
  public void prepare() throws IOException, InterruptedException {
    planFile = Files.readString(LARGEST, StandardCharsets.UTF_8);
    folder = Files.createTempDirectory("styr-document-benchmark");
    PlanDocument plan = PlanFileReader.read(LARGEST);
    docx = folder.resolve("sodertalje.docx");
    Files.write(
        docx,
        PlanDocuments.print(
            plan,
            LayoutFile.forMunicipality(plan.municipality().code(), null),
            DocumentFormat.DOCX));
    profile = folder.resolve("libreoffice-profile");
    if (hasSoffice()) {
      convert(); // the first start of a profile sets it up; that is not what is measured
    }
  }

  @TearDown(Level.Trial)
  public void clean() throws IOException {
    try (var files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public byte[] styrPrintsThePdf() {
    PlanDocument plan = PlanFileReader.read(LARGEST.toString(), planFile);
    return PlanDocuments.print(
        plan, LayoutFile.forMunicipality(plan.municipality().code(), null), DocumentFormat.PDF);
  }

  @Benchmark
  public long libreOfficeConvertsTheDocx() throws IOException, InterruptedException {
    if (!hasSoffice()) {
      return 0;
    }
    return convert();
  }

  private long convert() throws IOException, InterruptedException {
    Path out = folder.resolve("out");
    Process process =
        new ProcessBuilder(
                List.of(
                    "soffice",
                    "-env:UserInstallation=" + profile.toUri(),
                    "--headless",
                    "--norestore",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    out.toString(),
                    docx.toString()))
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("soffice.log").toFile())
            .start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException(
          "soffice failed: " + Files.readString(folder.resolve("soffice.log")));
    }
    Path pdf = out.resolve("sodertalje.pdf");
    long size = Files.size(pdf);
    Files.delete(pdf);
    return size;
  }

  private static boolean hasSoffice() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "soffice"))) {
        return true;
      }
    }
    return false;
  }
}
