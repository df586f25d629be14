package se.styr.documents.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.styr.documents.DocumentPlans;
import se.styr.documents.SeedFidelity;
import se.styr.documents.model.Printed;
import se.styr.documents.model.PrintedPlan;
import se.styr.documents.model.PrintedTable;

/**
 * The DOCX of each seed plan as another program reads it: LibreOffice converts all five to text in
 * one run, and each text holds every heading of the printed plan and every figure and text of its
 * tables, and passes the same fidelity check as the PDF ({@link SeedFidelity}): the seed's figures
 * as the seed prints them, every goal and indicator name, every section heading. Skipped where
 * LibreOffice is not installed.
 */
class DocxLibreOfficeIT {
  private static final Path SOFFICE = Path.of("/usr/bin/soffice");
  private static final long MINUTES = 4;

  @Test
  void libreOfficeReadsEverySeedPlanWithAllItsHeadingsAndTableFigures(@TempDir Path dir)
      throws Exception {
    assumeTrue(
        Files.isExecutable(SOFFICE),
        "LibreOffice is not installed ("
            + SOFFICE
            + "), so no program but POI has "
            + "read the DOCX; install it (apt-get install libreoffice-writer) to run this test");
    Map<String, PrintedPlan> plans = new LinkedHashMap<>();
    List<String> command =
        new ArrayList<>(
            List.of(
                SOFFICE.toString(),
                // A profile of its own, so that no other LibreOffice, running or crashed, holds its
                // lock.
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                "txt:Text (encoded):UTF8",
                "--outdir",
                dir.resolve("text").toString()));
    for (String name : DocumentPlans.SEEDS) {
      PrintedPlan plan = DocumentPlans.printedSeed(name);
      plans.put(name, plan);
      Path docx = dir.resolve(name + ".docx");
      Files.write(docx, DocxRenderer.render(plan));
      command.add(docx.toString());
    }

    convert(command, dir.resolve("soffice.log"));

    for (Map.Entry<String, PrintedPlan> entry : plans.entrySet()) {
      Path text = dir.resolve("text").resolve(entry.getKey() + ".txt");
      assertThat(text).as("LibreOffice's text of %s", entry.getKey()).exists();
      String words = collapse(Files.readString(text, StandardCharsets.UTF_8));
      List<String> missing = new ArrayList<>();
      for (Printed block : entry.getValue().body()) {
        if (block instanceof Printed.Heading heading && !words.contains(collapse(heading.text()))) {
          missing.add("heading: " + heading.text());
        }
        if (block instanceof Printed.Table table) {
          for (PrintedTable.Row row : table.table().rows()) {
            for (String cell : row.cells()) {
              if (!cell.isBlank() && !words.contains(collapse(cell))) {
                missing.add(table.table().caption() + ": " + cell);
              }
            }
          }
        }
      }
      assertThat(missing).as("what LibreOffice does not show of %s", entry.getKey()).isEmpty();
      SeedFidelity.assertFaithful(
          entry.getKey(), Files.readString(text, StandardCharsets.UTF_8), "DOCX");
    }
  }

  private static void convert(List<String> command, Path log)
      throws IOException, InterruptedException {
    Process soffice =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!soffice.waitFor(MINUTES, TimeUnit.MINUTES)) {
      soffice.destroyForcibly();
      fail(
          "LibreOffice did not convert the documents within %d minutes: %s",
          MINUTES, Files.readString(log));
    }
    assertThat(soffice.exitValue())
        .as("LibreOffice's exit code; it said: %s", Files.readString(log))
        .isZero();
  }

  /** Every run of white space, no-break spaces included, as one space. */
  private static String collapse(String text) {
    return text.replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ").strip();
  }
}
