package se.styr.texts;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import se.styr.security.AuditLog;
import se.styr.security.Caller;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.VersionSummary;
import se.styr.version.Versions;

/**
 * Changes to the text sections of a draft version. Each change names the text it was based on; if
 * someone changed it meanwhile, or the version is decided, nothing is written. Only the committee's
 * controllers change texts; each change is written to the audit log in the same transaction.
 */
@Component
public class SectionEditing {
  /** The most characters a text section may hold. */
  public static final int MAX_SECTION_LENGTH = 200_000;

  private final Versions versions;
  private final SectionStore sections;
  private final TransactionOperations transactions;
  private final AuditLog audit;

  public SectionEditing(
      Versions versions,
      SectionStore sections,
      TransactionOperations transactions,
      AuditLog audit) {
    this.versions = versions;
    this.sections = sections;
    this.transactions = transactions;
    this.audit = audit;
  }

  /**
   * Replaces the Markdown text of a section of a draft. {@code expectedText} is the text the editor
   * started from: if the stored text differs, someone changed it meanwhile and nothing is written.
   * Line breaks are stored as \n whatever the browser sent.
   */
  public Section changeSection(
      long planId,
      int number,
      String sectionKey,
      String newText,
      String expectedText,
      Caller caller) {
    return changeSection(planId, number, sectionKey, newText, expectedText, caller, null);
  }

  /**
   * Undoes audit entry {@code entryId}, which changed section {@code sectionKey} from {@code
   * before} to {@code after}: sets it back, if it still reads {@code after} (else 409).
   */
  public Section undo(
      long planId,
      int number,
      String sectionKey,
      String before,
      String after,
      long entryId,
      Caller caller) {
    return changeSection(planId, number, sectionKey, before, after, caller, entryId);
  }

  private Section changeSection(
      long planId,
      int number,
      String sectionKey,
      String newText,
      String expectedText,
      Caller caller,
      Long undoes) {
    String text = lines(newText);
    if (text.length() > MAX_SECTION_LENGTH) {
      throw StyrException.rule(
          Text.of("texts.error.tooLongRule", MAX_SECTION_LENGTH, text.length()));
    }
    return transactions.execute(
        status -> {
          VersionSummary version = versions.writable(planId, number);
          if (!caller.canManage(versions.scope(planId))) {
            throw StyrException.forbidden(Text.of("texts.error.manage", planId));
          }
          Section section =
              sections
                  .lock(version.versionId(), sectionKey)
                  .orElseThrow(
                      () -> StyrException.notFound(Text.of("texts.error.noSection", sectionKey)));
          String stored = lines(section.text());
          // Trailing blanks are no change of content; browsers and shells drop or add them freely.
          if (!stored.stripTrailing().equals(lines(expectedText).stripTrailing())) {
            AuditLog.Entry last = lastChange(planId, number, section.subject());
            throw new StaleSectionException(
                section, last == null ? null : last.actor(), last == null ? null : last.at());
          }
          if (stored.equals(text)) {
            return section;
          }
          sections.writeText(version.versionId(), sectionKey, text);
          audit.record(
              caller.actor(),
              planId,
              number,
              undoes == null ? "TEXT_CHANGED" : "TEXT_UNDONE",
              section.subject(),
              stored,
              text,
              SECTION_TARGET + sectionKey,
              undoes);
          return section.withText(text);
        });
  }

  /** How a text change's audit entry names the section it changed: {@code section:KEY}. */
  public static final String SECTION_TARGET = "section:";

  private AuditLog.Entry lastChange(long planId, int number, String subject) {
    return audit.ofPlan(planId, 500).stream()
        .filter(
            e ->
                Integer.valueOf(number).equals(e.version())
                    && ("TEXT_CHANGED".equals(e.action()) || "TEXT_UNDONE".equals(e.action()))
                    && subject.equals(e.subject()))
        .findFirst()
        .orElse(null);
  }

  private static String lines(String text) {
    return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
