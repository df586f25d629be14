package se.styr.plan;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored sections of versions (goals, savings measures, follow-up, forecasts: the text of their
 * plan-file sections, ADR 0004) as read before, by that text. A draft's pages are read far more
 * often than its goal chain changes, and reading the text again took a third of a draft's overview
 * page. The same text always reads into the same parts, so a text read before is not parsed again;
 * the rules that depend on the plan the parts join (its areas, its tables) are checked again every
 * time, and when they find something the text is read afresh, so that the problems are reported
 * exactly as before, at their places in the text.
 *
 * <p>Kept by the text itself (never by a version's id), so a changed text is simply another key and
 * nothing can be stale; at most {@code mostTexts} texts and {@code mostChars} characters of them,
 * the least recently used going first.
 */
final class KeptSections {
  private final int mostTexts;
  private final long mostChars;
  private final Map<String, PlanFileReader.SectionParts> kept =
      new LinkedHashMap<>(64, 0.75f, true);
  private long chars;

  KeptSections(int mostTexts, long mostChars) {
    this.mostTexts = mostTexts;
    this.mostChars = mostChars;
  }

  /** {@code plan} with the sections of {@code text} read into it, as {@link StoredSections}. */
  PlanDocument read(PlanDocument plan, String text) {
    if (text == null || text.isEmpty()) {
      return plan;
    }
    PlanFileReader.SectionParts parts = get(text);
    if (parts != null && parts.problemsIn(plan).isEmpty()) {
      return parts.joined(plan);
    }
    PlanDocument read = StoredSections.read(plan, text);
    put(text, PlanFileReader.SectionParts.of(read));
    return read;
  }

  private synchronized PlanFileReader.SectionParts get(String text) {
    return kept.get(text);
  }

  private synchronized void put(String text, PlanFileReader.SectionParts parts) {
    if (text.length() > mostChars) {
      return;
    }
    if (kept.put(text, parts) == null) {
      chars += text.length();
    }
    Iterator<String> eldest = kept.keySet().iterator();
    while (kept.size() > mostTexts || chars > mostChars) {
      chars -= eldest.next().length();
      eldest.remove();
    }
  }

  /** How many texts are kept (for tests). */
  synchronized int size() {
    return kept.size();
  }
}
