package se.styr.documents.model;

import java.util.List;
import java.util.Objects;
import se.styr.charts.Chart;
import se.styr.texts.SectionMarkdown;
import se.styr.texts.TextBlocks;

/**
 * The few kinds of block a plan document is made of. Every part of a plan (a text section, a budget
 * table, a goal with its indicators, the internal control plan) is printed as these, so that the
 * HTML, PDF and DOCX renderers only know this vocabulary and print the same content.
 */
public sealed interface Printed {

  /**
   * What the block is, for templates: heading, prose, paragraphs, facts, table, figure or
   * pagebreak.
   */
  default String kind() {
    return getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * A heading of {@code level} 1 to 6; {@code anchor} is its id in the document (unique), used by
   * the table of contents. A heading with {@code listed} false is kept out of the contents.
   */
  record Heading(int level, String text, String anchor, boolean listed) implements Printed {
    public Heading {
      Objects.requireNonNull(text, "heading text");
      Objects.requireNonNull(anchor, "heading anchor");
      if (level < 1 || level > 6) {
        throw new IllegalArgumentException("a heading's level is 1 to 6, got " + level);
      }
    }
  }

  /**
   * Running text written in Markdown, as the plan's sections are (rendered safely; see {@link
   * SectionMarkdown}).
   */
  record Prose(String markdown) implements Printed {
    public Prose {
      Objects.requireNonNull(markdown, "markdown");
    }

    public String html() {
      return SectionMarkdown.html(markdown);
    }
  }

  /**
   * Plain text as a plan states it (a goal's description, a planning comment): paragraphs and
   * bullet lists, printed word for word; {@code label} is an optional lead-in ("Uppföljning av
   * målet").
   */
  record Paragraphs(String label, TextBlocks text) implements Printed {
    public Paragraphs {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Labelled facts printed as a two-column list: "Ansvarig" – "Förvaltningschef". */
  record Facts(List<TitlePage.Fact> facts) implements Printed {
    public Facts {
      facts = List.copyOf(facts);
    }
  }

  /** A table; see {@link PrintedTable}. */
  record Table(PrintedTable table) implements Printed {
    public Table {
      Objects.requireNonNull(table, "table");
    }
  }

  /** A chart as vector graphics, with its caption and the description screen readers get. */
  record Figure(String anchor, Chart chart) implements Printed {
    public Figure {
      Objects.requireNonNull(anchor, "figure anchor");
      Objects.requireNonNull(chart, "chart");
    }
  }

  /** The next block starts on a new page (before an appendix). */
  record PageBreak() implements Printed {}
}
