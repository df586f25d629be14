package se.styr.documents.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.styr.charts.Chart;
import se.styr.texts.TextBlocks;

/**
 * The body of a document as it is built: blocks in reading order, every anchor unique, headings
 * kept within HTML's six levels, empty texts left out, and every table fitted to the page.
 */
final class Body {
  /** Charts use anchors as SVG id prefixes, which stay under 64 characters with their suffixes. */
  private static final int LONGEST_ANCHOR = 40;

  private final List<Printed> blocks = new ArrayList<>();
  private final Set<String> anchors = new HashSet<>();

  List<Printed> blocks() {
    return List.copyOf(blocks);
  }

  /** A heading; levels past six print as six. Returns its anchor. */
  String heading(int level, String text, String anchorBase) {
    String anchor = anchor(anchorBase);
    blocks.add(new Printed.Heading(Math.max(1, Math.min(6, level)), text.strip(), anchor, true));
    return anchor;
  }

  void prose(String markdown) {
    if (markdown != null && !markdown.isBlank()) {
      blocks.add(new Printed.Prose(markdown));
    }
  }

  void paragraphs(String label, String text) {
    TextBlocks blocksOfText = TextBlocks.of(text);
    if (!blocksOfText.isEmpty()) {
      blocks.add(new Printed.Paragraphs(label, blocksOfText));
    }
  }

  void facts(List<TitlePage.Fact> facts) {
    if (!facts.isEmpty()) {
      blocks.add(new Printed.Facts(facts));
    }
  }

  /** The table as it fits the page: as it is, on a landscape page, or split into parts that fit. */
  void table(PrintedTable table) {
    for (PrintedTable part : TableFit.fit(table)) {
      anchors.add(part.anchor());
      blocks.add(new Printed.Table(part));
    }
  }

  void figure(String anchorBase, Chart chart) {
    blocks.add(new Printed.Figure(anchor(anchorBase), chart));
  }

  void pageBreak() {
    blocks.add(new Printed.PageBreak());
  }

  /**
   * A unique anchor made of {@code base}: letters, digits and dashes, "-2", "-3" ... when taken.
   */
  String anchor(String base) {
    String clean =
        base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
    if (clean.isEmpty() || !Character.isLetter(clean.charAt(0))) {
      clean = "a-" + clean;
    }
    if (clean.length() > LONGEST_ANCHOR) {
      clean = clean.substring(0, LONGEST_ANCHOR);
    }
    String anchor = clean;
    for (int n = 2; !anchors.add(anchor); n++) {
      anchor = clean + "-" + n;
    }
    return anchor;
  }

  boolean isEmpty() {
    return blocks.isEmpty();
  }
}
