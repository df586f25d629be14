package se.styr.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Dispatches the commands of {@code java -jar styr.jar COMMAND ...}; without a command the web
 * application starts.
 */
public final class Cli {
  private static final Set<String> COMMANDS =
      Set.of(
          "validate",
          "assess",
          "print",
          "import",
          "export",
          "import-ledger",
          "export-installation",
          "restore-installation",
          "reset-password",
          "help",
          "--help");

  private Cli() {}

  public static boolean isCommand(String[] args) {
    return args.length > 0 && COMMANDS.contains(args[0]);
  }

  /**
   * Runs the command {@code args[0]}; {@code application} is the Spring application that the
   * commands working on the database (import, export) start without its web server.
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Class<?> application) {
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    return switch (args[0]) {
      case "validate" -> ValidateCommand.run(rest, out, err);
      case "assess" -> AssessCommand.run(rest, out, err);
      case "print" -> PrintCommand.run(rest, out, err);
      case "import" -> StoreCommands.importFiles(rest, out, err, application);
      case "export" -> StoreCommands.export(rest, out, err, application);
      case "import-ledger" -> LedgerCommand.run(rest, out, err, application);
      case "export-installation" -> InstallationCommands.export(rest, out, err, application);
      case "restore-installation" -> InstallationCommands.restore(rest, out, err, application);
      case "reset-password" -> InstallationCommands.resetPassword(rest, out, err, application);
      default -> {
        out.println(usage());
        yield 0;
      }
    };
  }

  static String usage() {
    return """
    usage: java -jar styr.jar [COMMAND]
      (no command)                   start the web application at http://localhost:8080
      validate FILE...               check plan files; one JSON line per finding;
                                     exit 1 on a MISMATCH, 2 on an unreadable file
      assess FILE [--year YYYY]      assess every goal of a plan file by its rules; one JSON
                                     line per goal; the year defaults to the budget year
      print FILE --format pdf|docx|html --out FILE [--layout LAYOUT] [--year YYYY]
                                     print a plan file as a document (title page, contents,
                                     texts, tables, goals ...) arranged by its municipality's
                                     layout, or by the layout file given
      import FILE...                 store plan files in the database (all or nothing per file)
      export PLAN [--version N] [--out FILE]
                                     write a stored plan as a plan file; PLAN is
                                     CODE/COMMITTEE/YEAR, e.g. 1488/omsorgsnamnden/2024
      export --list                  list the stored plans
      import-ledger FILE --plan PLAN --occasion KEY [--version N] [--year current|previous]
                                     read a SIE 4 ledger into a follow-up occasion by the
                                     plan's ledger mapping (all or nothing); prints each
                                     change and each row no area takes
      export-installation DIR        write the whole installation (plans, versions, follow-ups,
                                     mappings, users and grants without passwords, the audit
                                     log, national data) into the new folder DIR, with a
                                     manifest of SHA-256 sums (docs/backup.md)
      restore-installation DIR       restore such an export into an empty installation, all or
                                     nothing; then no account has a password until reset
      reset-password USER            give USER a one-time password, printed once, to be
                                     changed at the first sign-in
    The database is the one the application uses (./data by default; see README).\
    """;
  }
}
