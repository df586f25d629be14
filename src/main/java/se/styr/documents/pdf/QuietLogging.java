package se.styr.documents.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.lang.System.Logger;
import java.util.logging.Level;

/**
 * openhtmltopdf logs every step at INFO through java.util.logging; at tens of messages a page that
 * costs time and floods the server log. This logger answers "disabled" below WARNING, so those
 * messages are never even formatted, and passes warnings on to the platform logger.
 */
final class QuietLogging implements XRLogger {
  private static final class Installed {
    static {
      XRLog.setLoggerImpl(new QuietLogging());
    }

    static void ensure() {}
  }

  private QuietLogging() {}

  /** Installs the logger once per JVM; XRLog's logger is global. */
  static void install() {
    Installed.ensure();
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return enabled(diagnostic.getLevel());
  }

  @Override
  public void log(String where, Level level, String message) {
    log(where, level, message, null);
  }

  @Override
  public void log(String where, Level level, String message, Throwable thrown) {
    if (enabled(level)) {
      Logger logger = System.getLogger(where);
      Logger.Level to =
          level.intValue() >= Level.SEVERE.intValue() ? Logger.Level.ERROR : Logger.Level.WARNING;
      logger.log(to, message, thrown);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // The threshold is fixed at WARNING.
  }

  private static boolean enabled(Level level) {
    return level.intValue() >= Level.WARNING.intValue();
  }
}
