package se.styr.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanFileWriter;
import se.styr.plan.PlanStore;
import se.styr.shared.StyrException;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;
import se.styr.version.PlanSummary;
import se.styr.version.VersionSummary;
import se.styr.version.Versions;

/**
 * {@code import FILE...} and {@code export PLAN}: the commands that need the database. They use the
 * application's configuration (./data, or PostgreSQL with --spring.profiles.active=postgres).
 */
final class StoreCommands {
  private StoreCommands() {}

  static int importFiles(
      List<String> args, PrintStream out, PrintStream err, Class<?> application) {
    List<String> files = files(args);
    if (files.isEmpty()) {
      err.println("usage: styr import FILE...");
      return 2;
    }
    List<PlanDocument> plans = new ArrayList<>();
    boolean unreadable = false;
    for (String file : files) {
      try {
        plans.add(PlanFileReader.read(Path.of(file)));
      } catch (BadFileException e) {
        unreadable = true;
        e.problems().stream().map(FileProblem::toString).forEach(err::println);
      } catch (RuntimeException e) {
        unreadable = true;
        err.println(file + ": cannot be read: " + e.getMessage());
      }
    }
    if (unreadable) {
      err.println("Nothing was imported.");
      return 2;
    }
    try (ConfigurableApplicationContext context = start(args, application)) {
      PlanStore store = context.getBean(PlanStore.class);
      int failed = 0;
      for (int i = 0; i < plans.size(); i++) {
        PlanDocument plan = plans.get(i);
        try {
          PlanStore.StoredVersion stored = store.store(plan, "import");
          out.println(
              "imported "
                  + files.get(i)
                  + " as "
                  + plan.planKey()
                  + " version "
                  + stored.number()
                  + " (plan "
                  + stored.planId()
                  + ", "
                  + plan.tables().size()
                  + " tables, "
                  + plan.findings().size()
                  + " findings)");
        } catch (StyrException e) {
          failed++;
          err.println(files.get(i) + ": not imported: " + e.getMessage());
        }
      }
      return failed == 0 ? 0 : 2;
    }
  }

  static int export(List<String> args, PrintStream out, PrintStream err, Class<?> application) {
    List<String> plain = files(args);
    boolean list = args.contains("--list");
    if (!list && plain.size() != 1) {
      err.println(
          "usage: styr export CODE/COMMITTEE/YEAR [--version N] [--out FILE]   |   styr export"
              + " --list");
      return 2;
    }
    try (ConfigurableApplicationContext context = start(args, application)) {
      PlanStore store = context.getBean(PlanStore.class);
      Versions versions = context.getBean(Versions.class);
      if (list) {
        for (PlanSummary plan : versions.plans()) {
          out.println(
              plan.planKey()
                  + "\tversion "
                  + plan.latestVersion()
                  + " ("
                  + plan.latestStatus().fileName()
                  + ")\t"
                  + plan.municipalityName()
                  + ", "
                  + plan.committeeName()
                  + ": "
                  + plan.title());
        }
        return 0;
      }
      String[] key = plain.get(0).split("/");
      if (key.length != 3 || !key[2].matches("\\d{4}")) {
        err.println(
            "export: name the plan as CODE/COMMITTEE/YEAR, e.g. 1488/omsorgsnamnden/2024 (see"
                + " export --list)");
        return 2;
      }
      Optional<PlanSummary> plan = versions.plan(key[0], key[1], Integer.parseInt(key[2]));
      if (plan.isEmpty()) {
        err.println("export: no plan " + plain.get(0) + " (see export --list)");
        return 2;
      }
      int number =
          option(args, "--version").map(Integer::parseInt).orElse(plan.get().latestVersion());
      Optional<VersionSummary> version = versions.version(plan.get().planId(), number);
      if (version.isEmpty()) {
        err.println("export: plan " + plain.get(0) + " has no version " + number);
        return 2;
      }
      String text = PlanFileWriter.write(store.load(version.get().versionId()));
      Optional<String> target = option(args, "--out");
      if (target.isPresent()) {
        Files.writeString(Path.of(target.get()), text, StandardCharsets.UTF_8);
        out.println("exported " + plain.get(0) + " version " + number + " to " + target.get());
      } else {
        out.print(text);
      }
      return 0;
    } catch (IOException e) {
      err.println("export: cannot write: " + e.getMessage());
      return 2;
    }
  }

  /** The arguments that are neither options nor option values. */
  static List<String> files(List<String> args) {
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (List.of("--version", "--out", "--plan", "--occasion", "--year").contains(arg)) {
        i++;
      } else if (!arg.startsWith("--")) {
        files.add(arg);
      }
    }
    return files;
  }

  static Optional<String> option(List<String> args, String name) {
    int at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
  }

  /**
   * The application without its web server and without demo data; Spring options (--spring...) pass
   * through.
   */
  static ConfigurableApplicationContext start(List<String> args, Class<?> application) {
    List<String> springArgs =
        new ArrayList<>(
            List.of(
                "--styr.demo.load=false",
                "--logging.level.root=WARN",
                "--logging.level.org.flywaydb=ERROR",
                "--spring.main.banner-mode=off"));
    args.stream()
        .filter(a -> a.startsWith("--spring.") || a.startsWith("--styr."))
        .forEach(springArgs::add);
    // Given as arguments, not as default properties, so that they outrank application.yaml.
    return new SpringApplicationBuilder(application)
        .web(WebApplicationType.NONE)
        .run(springArgs.toArray(String[]::new));
  }
}
