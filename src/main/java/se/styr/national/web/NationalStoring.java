package se.styr.national.web;

import se.styr.security.Caller;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/**
 * Who may store national data (an answer file, a fetch from Kolada or SCB): an administrator or a
 * controller of something. The data is public statistics shared by every municipality; reading it
 * is open to all.
 */
final class NationalStoring {
  private NationalStoring() {}

  static boolean allowed(Caller caller) {
    return caller.isAdministrator() || caller.managesSomething();
  }

  /** Refuses (403) a caller who may not store national data. */
  static void require(Caller caller) {
    if (!allowed(caller)) {
      throw StyrException.forbidden(Text.of("national.forbiddenStore"));
    }
  }
}
