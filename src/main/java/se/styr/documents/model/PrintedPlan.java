package se.styr.documents.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plan version as a document, ready for any renderer: its language and title (for the running
 * header and the PDF's metadata), a one-sentence description, the title page, the watermark a draft
 * carries ("Utkast"; null once decided), how deep the table of contents goes, and the body in
 * reading order. Appendices are part of the body, after a {@link Printed.PageBreak} and a heading.
 */
public record PrintedPlan(
    String language,
    String title,
    String runningHeader,
    String description,
    TitlePage titlePage,
    String watermark,
    int contentsDepth,
    List<Printed> body) {

  public PrintedPlan {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(runningHeader, "running header");
    Objects.requireNonNull(titlePage, "title page");
    body = List.copyOf(body);
    if (contentsDepth < 0 || contentsDepth > 6) {
      throw new IllegalArgumentException(
          "the contents list headings of level 1 to 6, or none (0); got " + contentsDepth);
    }
  }

  /** The headings the table of contents lists, in order. */
  public List<Printed.Heading> contents() {
    List<Printed.Heading> entries = new ArrayList<>();
    for (Printed block : body) {
      if (block instanceof Printed.Heading heading && heading.level() <= contentsDepth) {
        entries.add(heading);
      }
    }
    return entries;
  }

  public boolean isDraft() {
    return watermark != null;
  }
}
