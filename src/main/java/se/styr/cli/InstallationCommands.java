package se.styr.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionOperations;
import se.styr.installation.InstallationExport;
import se.styr.installation.InstallationRestore;
import se.styr.security.AuditLog;
import se.styr.security.Passwords;
import se.styr.security.UserStore;
import se.styr.shared.StyrException;

/**
 * {@code export-installation DIR}, {@code restore-installation DIR} and {@code reset-password
 * USER}: the whole installation out and into an empty one (docs/backup.md), and a one-time password
 * for an account, which a restored installation needs before anyone can sign in.
 */
final class InstallationCommands {
  private InstallationCommands() {}

  static int export(List<String> args, PrintStream out, PrintStream err, Class<?> application) {
    List<String> folders = StoreCommands.files(args);
    if (folders.size() != 1) {
      err.println("usage: styr export-installation DIR");
      return 2;
    }
    try (ConfigurableApplicationContext context = start(args, application)) {
      Map<String, Long> counts =
          context.getBean(InstallationExport.class).export(Path.of(folders.get(0)));
      out.println("exported the installation to " + folders.get(0) + ": " + counts);
      return 0;
    } catch (StyrException e) {
      err.println("export-installation: " + e.getMessage());
      return 2;
    }
  }

  static int restore(List<String> args, PrintStream out, PrintStream err, Class<?> application) {
    List<String> folders = StoreCommands.files(args);
    if (folders.size() != 1) {
      err.println("usage: styr restore-installation DIR");
      return 2;
    }
    try (ConfigurableApplicationContext context = start(args, application)) {
      Map<String, Long> counts =
          context.getBean(InstallationRestore.class).restore(Path.of(folders.get(0)));
      out.println("restored the installation from " + folders.get(0) + ": " + counts);
      out.println(
          "No account has a password now (an export holds none): give an administrator one with"
              + " `styr reset-password USER`; they reset the others' under Användare.");
      return 0;
    } catch (StyrException e) {
      err.println("restore-installation: " + e.getMessage());
      err.println("Nothing was restored.");
      return 2;
    }
  }

  static int resetPassword(
      List<String> args, PrintStream out, PrintStream err, Class<?> application) {
    List<String> names = StoreCommands.files(args);
    if (names.size() != 1) {
      err.println("usage: styr reset-password USER");
      return 2;
    }
    try (ConfigurableApplicationContext context = StoreCommands.start(args, application)) {
      UserStore users = context.getBean(UserStore.class);
      AuditLog audit = context.getBean(AuditLog.class);
      String password = Passwords.oneTime();
      String hash = context.getBean(PasswordEncoder.class).encode(password);
      Optional<UserStore.StoredUser> user =
          context
              .getBean(TransactionOperations.class)
              .execute(
                  status -> {
                    Optional<UserStore.StoredUser> found = users.byUsername(names.get(0));
                    found.ifPresent(
                        u -> {
                          users.resetPassword(u.id(), hash, "styr", Instant.now());
                          audit.record(
                              "styr",
                              null,
                              null,
                              "PASSWORD_RESET",
                              u.username(),
                              null,
                              "ONE_TIME_PASSWORD");
                        });
                    return found;
                  });
      if (user.isEmpty()) {
        err.println("reset-password: no user " + names.get(0));
        return 2;
      }
      out.println(
          "one-time password of "
              + user.get().username()
              + ": "
              + password
              + "  (to be changed at the first sign-in)");
      return 0;
    }
  }

  /**
   * The application without the first administrator, which would make the installation not empty.
   */
  private static ConfigurableApplicationContext start(List<String> args, Class<?> application) {
    List<String> all = new ArrayList<>(args);
    all.add("--styr.first-administrator=false");
    return StoreCommands.start(all, application);
  }
}
