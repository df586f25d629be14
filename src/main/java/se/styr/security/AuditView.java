package se.styr.security;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * An audit log entry as a page shows it: the time in Swedish time, the action in words, and old and
 * new values cut to a readable length (a text section's whole text lives in the log, not on the
 * page).
 */
public record AuditView(
    long id,
    String at,
    String actor,
    Integer version,
    String action,
    String subject,
    String oldValue,
    String newValue,
    boolean undoable,
    String undoneBy) {
  static final int MAX_VALUE = 600;

  /**
   * The same entry saying whether it can be undone now and, if it was undone, by whom and when
   * (null: it was not).
   */
  public AuditView withUndo(boolean canUndo, String undone) {
    return new AuditView(
        id, at, actor, version, action, subject, oldValue, newValue, canUndo, undone);
  }

  /** When an entry was made, as pages show it. */
  public static String when(java.time.Instant at) {
    return TIME.format(at);
  }

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Stockholm"));

  public static AuditView of(AuditLog.Entry entry, MessageSource messages, Locale locale) {
    return new AuditView(
        entry.id(),
        TIME.format(entry.at()),
        entry.actor(),
        entry.version(),
        messages.getMessage("auditlog.action." + entry.action(), null, entry.action(), locale),
        entry.subject(),
        clip(entry.oldValue(), messages, locale),
        clip(entry.newValue(), messages, locale),
        false,
        null);
  }

  private static String clip(String value, MessageSource messages, Locale locale) {
    if (value == null || value.length() <= MAX_VALUE) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(MAX_VALUE - 1)) ? MAX_VALUE - 1 : MAX_VALUE;
    return value.substring(0, end)
        + " "
        + messages.getMessage("auditlog.clipped", new Object[] {value.length()}, locale);
  }
}
