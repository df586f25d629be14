package se.styr.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ConfigurableApplicationContext;
import se.styr.followup.report.FollowUpStore;
import se.styr.followup.report.FollowUps;
import se.styr.imports.ledger.LedgerImport;
import se.styr.imports.sie.SieRecord;
import se.styr.shared.StyrException;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;
import se.styr.version.PlanSummary;
import se.styr.version.Versions;

/**
 * {@code import-ledger FILE --plan CODE/COMMITTEE/YEAR --occasion KEY [--version N] [--year
 * current|previous]}: reads a SIE file into a stored occasion by the plan's ledger mapping, all or
 * nothing, and prints each change ({@code changed AREA FIGURE BEFORE -> AFTER}) and each row no
 * area takes ({@code unmapped ACCOUNT OBJECTS AMOUNT}); a refused file prints its problems as
 * {@code FILE:LINE:COLUMN: message} and exits 2.
 */
final class LedgerCommand {
  static final String USAGE =
      "usage: styr import-ledger FILE --plan CODE/COMMITTEE/YEAR --occasion KEY [--version N]"
          + " [--year current|previous]";

  private LedgerCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err, Class<?> application) {
    List<String> files = StoreCommands.files(args);
    Optional<String> planKey = StoreCommands.option(args, "--plan");
    Optional<String> occasionKey = StoreCommands.option(args, "--occasion");
    if (files.size() != 1 || planKey.isEmpty() || occasionKey.isEmpty()) {
      err.println(USAGE);
      return 2;
    }
    Path file = Path.of(files.get(0));
    if (!Files.isRegularFile(file)) {
      err.println("import-ledger: no file " + file);
      return 2;
    }
    String[] key = planKey.get().split("/");
    if (key.length != 3 || !key[2].matches("\\d{4}")) {
      err.println(
          "import-ledger: name the plan as CODE/COMMITTEE/YEAR, e.g."
              + " 1441/stod-och-omsorgsnamnden/2024");
      return 2;
    }
    LedgerImport.Year year;
    try {
      year =
          switch (StoreCommands.option(args, "--year").orElse("current")) {
            case "current" -> LedgerImport.Year.CURRENT;
            case "previous" -> LedgerImport.Year.PREVIOUS;
            default -> throw new IllegalArgumentException();
          };
    } catch (IllegalArgumentException e) {
      err.println("import-ledger: --year is current or previous");
      return 2;
    }
    try (ConfigurableApplicationContext context = StoreCommands.start(args, application)) {
      Versions versions = context.getBean(Versions.class);
      FollowUps followUps = context.getBean(FollowUps.class);
      Optional<PlanSummary> plan = versions.plan(key[0], key[1], Integer.parseInt(key[2]));
      if (plan.isEmpty()) {
        err.println("import-ledger: no plan " + planKey.get() + " (see export --list)");
        return 2;
      }
      int number =
          StoreCommands.option(args, "--version")
              .map(Integer::parseInt)
              .orElse(plan.get().latestVersion());
      long versionId =
          versions
              .version(plan.get().planId(), number)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "plan " + planKey.get() + " has no version " + number))
              .versionId();
      Optional<FollowUpStore.StoredOccasion> occasion =
          followUps.occasions(versionId).stream()
              .filter(o -> o.key().equals(occasionKey.get()))
              .reduce((first, later) -> later);
      if (occasion.isEmpty()) {
        err.println(
            "import-ledger: plan "
                + planKey.get()
                + " version "
                + number
                + " has no occasion "
                + occasionKey.get());
        return 2;
      }
      FollowUps.LedgerImported imported;
      try (InputStream in = Files.newInputStream(file)) {
        imported =
            followUps.importLedger(
                versionId,
                occasion.get().id(),
                in,
                file.getFileName().toString(),
                year,
                occasion.get().lockVersion(),
                "import-ledger");
      }
      for (LedgerImport.Change change : imported.result().changes()) {
        out.println(
            "changed "
                + change.subject()
                + " "
                + change.figure()
                + " "
                + (change.before() == null ? "(blank)" : change.before().toPlainString())
                + " -> "
                + (change.after() == null ? "(blank)" : change.after().toPlainString()));
      }
      for (se.styr.imports.ledger.LedgerOutcome.Unmapped row : imported.result().unmapped()) {
        out.println(
            "unmapped "
                + row.account()
                + " "
                + (row.objects().isEmpty() ? "-" : row.objects())
                + " "
                + SieRecord.kronor(row.ore()).toPlainString());
      }
      imported.file().notes().forEach(n -> out.println("note " + n.english()));
      out.println(
          "read "
              + file.getFileName()
              + " into "
              + occasionKey.get()
              + ": "
              + imported.file().transactions()
              + " rows, "
              + imported.result().changes().size()
              + " changes, "
              + imported.result().unmapped().size()
              + " unmapped");
      return 0;
    } catch (BadFileException e) {
      e.problems().stream().map(FileProblem::toString).forEach(err::println);
      err.println("Nothing was imported.");
      return 2;
    } catch (StyrException | IllegalArgumentException e) {
      err.println("import-ledger: " + e.getMessage() + " Nothing was imported.");
      return 2;
    } catch (IOException e) {
      err.println("import-ledger: cannot read " + file + ": " + e.getMessage());
      return 2;
    }
  }
}
