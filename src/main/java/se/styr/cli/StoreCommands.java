package se.styr.cli;

import java.io.PrintStream;
import java.util.List;

/** import and export: the commands that need the database. */
final class StoreCommands {
  private StoreCommands() {}

  static int importFiles(List<String> files, PrintStream out, PrintStream err) {
    err.println("import: not yet available");
    return 2;
  }

  static int export(List<String> args, PrintStream out, PrintStream err) {
    err.println("export: not yet available");
    return 2;
  }
}
