package se.styr.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** A command of styr.jar run in this JVM ({@link Cli#run}), with its status and what it printed. */
record CliRun(int status, String out, String err) {
  static CliRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Cli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            se.styr.Styr.class);
    return new CliRun(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** {@code command} and then {@code args}. */
  static CliRun of(String command, String[] args, String... more) {
    String[] all = new String[1 + args.length + more.length];
    all[0] = command;
    System.arraycopy(args, 0, all, 1, args.length);
    System.arraycopy(more, 0, all, 1 + args.length, more.length);
    return of(all);
  }

  /** The lines printed on standard output (none when nothing was printed). */
  List<String> lines() {
    return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
  }
}
