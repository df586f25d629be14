package se.styr.texts;

import java.util.ArrayList;
import java.util.List;
import se.styr.plan.Block;

/**
 * A plan's running text (a goal's description, a planning comment) as paragraphs and bullet lists,
 * the way the plan prints it: blank lines part paragraphs, lines starting with "-" are list items.
 * Only the structure is found here; pages and documents write every word escaped.
 */
public record TextBlocks(List<Block> blocks) {
  public static final TextBlocks NONE = new TextBlocks(List.of());

  /** A paragraph ({@code items} empty) or a bullet list ({@code text} null). */
  public record Block(String text, List<String> items) {
    public boolean list() {
      return text == null;
    }
  }

  public TextBlocks {
    blocks = List.copyOf(blocks);
  }

  public boolean isEmpty() {
    return blocks.isEmpty();
  }

  public static TextBlocks of(String text) {
    if (text == null || text.isBlank()) {
      return NONE;
    }
    List<Block> blocks = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    List<String> items = new ArrayList<>();
    for (String raw : text.strip().split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        flush(blocks, paragraph, items);
      } else if (line.startsWith("-") && line.length() > 1 && !Character.isDigit(line.charAt(1))) {
        flushParagraph(blocks, paragraph);
        items.add(line.substring(1).strip());
      } else {
        flushList(blocks, items);
        if (paragraph.length() > 0) {
          paragraph.append(' ');
        }
        paragraph.append(line);
      }
    }
    flush(blocks, paragraph, items);
    return new TextBlocks(blocks);
  }

  private static void flush(List<Block> blocks, StringBuilder paragraph, List<String> items) {
    flushParagraph(blocks, paragraph);
    flushList(blocks, items);
  }

  private static void flushParagraph(List<Block> blocks, StringBuilder paragraph) {
    if (paragraph.length() > 0) {
      blocks.add(new Block(paragraph.toString(), List.of()));
      paragraph.setLength(0);
    }
  }

  private static void flushList(List<Block> blocks, List<String> items) {
    if (!items.isEmpty()) {
      blocks.add(new Block(null, List.copyOf(items)));
      items.clear();
    }
  }
}
