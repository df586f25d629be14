package se.styr.texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which words (or lines) of a text stayed, went and came between two versions, for a page that
 * shows the versions side by side with marks. Joining the EQUAL and DELETED segments gives the old
 * text back, EQUAL and INSERTED the new one.
 *
 * <p>A longest common subsequence over tokens, after the common beginning and end are set aside, so
 * an edit in one paragraph of a long section costs little. If what remains is too large for that
 * ({@link #MAX_CELLS} token pairs), the middle is reported as deleted and inserted whole.
 */
public final class TextDiff {
  /**
   * Token pairs the table may hold: a 2 000 by 2 000 token middle, 8 MB, still diffs word by word.
   */
  static final int MAX_CELLS = 4_000_000;

  /**
   * A word with its inner punctuation (12,3; 2024-08; hälso-), a run of white space, or one other
   * character.
   */
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[.,:/'’\\-][\\p{L}\\p{M}\\p{N}]+)*|\\s+|\\X");

  private static final Pattern LINE = Pattern.compile("[^\\n]*\\n|[^\\n]+");

  public enum Kind {
    EQUAL,
    INSERTED,
    DELETED
  }

  /** A piece of text that is in both versions, only the new one, or only the old one. */
  public record Segment(Kind kind, String text) {
    public Segment {
      Objects.requireNonNull(kind, "segment kind");
      Objects.requireNonNull(text, "segment text");
    }
  }

  private TextDiff() {}

  /**
   * The word diff of two texts; null counts as empty. Changes between words swallow the space
   * between them.
   */
  public static List<Segment> words(String oldText, String newText) {
    return diff(tokens(WORD, oldText), tokens(WORD, newText), true);
  }

  /** The line diff of two texts; null counts as empty. */
  public static List<Segment> lines(String oldText, String newText) {
    return diff(tokens(LINE, oldText), tokens(LINE, newText), false);
  }

  /** Whether a diff holds no change. */
  public static boolean unchanged(List<Segment> segments) {
    return segments.stream().allMatch(s -> s.kind() == Kind.EQUAL);
  }

  private static List<String> tokens(Pattern pattern, String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  private static List<Segment> diff(List<String> a, List<String> b, boolean joinSpaces) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix
        && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<Segment> ops = new ArrayList<>();
    a.subList(0, prefix).forEach(t -> ops.add(new Segment(Kind.EQUAL, t)));
    middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), ops);
    a.subList(a.size() - suffix, a.size()).forEach(t -> ops.add(new Segment(Kind.EQUAL, t)));
    return merge(ops, joinSpaces);
  }

  private static void middle(List<String> a, List<String> b, List<Segment> ops) {
    int n = a.size();
    int m = b.size();
    if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
      a.forEach(t -> ops.add(new Segment(Kind.DELETED, t)));
      b.forEach(t -> ops.add(new Segment(Kind.INSERTED, t)));
      return;
    }
    // lcs[i * (m + 1) + j]: length of the longest common subsequence of a[i..] and b[j..]; at most
    // min(n, m) <= 2 000 under the guard, so a short holds it
    short[] lcs = new short[(n + 1) * (m + 1)];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i * (m + 1) + j] =
            a.get(i).equals(b.get(j))
                ? (short) (lcs[(i + 1) * (m + 1) + j + 1] + 1)
                : (short) Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        ops.add(new Segment(Kind.EQUAL, a.get(i++)));
        j++;
      } else if (j == m || i < n && lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) {
        ops.add(new Segment(Kind.DELETED, a.get(i++)));
      } else {
        ops.add(new Segment(Kind.INSERTED, b.get(j++)));
      }
    }
  }

  /**
   * Joins tokens into segments: each run of changes becomes one deleted and one inserted segment.
   * With {@code joinSpaces}, white space alone between two runs that together delete and insert
   * joins them, so "a b" replaced by "x y" reads as such rather than as two replaced words around a
   * kept space.
   */
  private static List<Segment> merge(List<Segment> ops, boolean joinSpaces) {
    List<Object> items = new ArrayList<>();
    for (Segment op : ops) {
      Object last = items.isEmpty() ? null : items.get(items.size() - 1);
      if (op.kind() == Kind.EQUAL) {
        if (last instanceof StringBuilder) {
          ((StringBuilder) last).append(op.text());
        } else {
          items.add(new StringBuilder(op.text()));
        }
      } else {
        Run run = last instanceof Run ? (Run) last : new Run();
        if (run != last) {
          items.add(run);
        }
        run.add(op);
      }
    }
    List<Segment> segments = new ArrayList<>();
    Run open = null;
    for (int k = 0; k < items.size(); k++) {
      Object item = items.get(k);
      if (item instanceof Run) {
        open = open == null ? (Run) item : open.join("", (Run) item);
        continue;
      }
      String equal = item.toString();
      Run next = k + 1 < items.size() ? (Run) items.get(k + 1) : null;
      if (joinSpaces && open != null && next != null && equal.isBlank() && open.joinable(next)) {
        open = open.join(equal, next);
        k++;
        continue;
      }
      if (open != null) {
        open.emit(segments);
        open = null;
      }
      segments.add(new Segment(Kind.EQUAL, equal));
    }
    if (open != null) {
      open.emit(segments);
    }
    return segments;
  }

  /** Consecutive changes: what they delete and what they insert. */
  private static final class Run {
    private final StringBuilder deleted = new StringBuilder();
    private final StringBuilder inserted = new StringBuilder();
    private boolean deletes;
    private boolean inserts;

    void add(Segment op) {
      if (op.kind() == Kind.DELETED) {
        deleted.append(op.text());
        deletes = true;
      } else {
        inserted.append(op.text());
        inserts = true;
      }
    }

    /**
     * Joining through kept space needs a deletion and an insertion, else the space would be lost
     * from one side.
     */
    boolean joinable(Run next) {
      return (deletes || next.deletes) && (inserts || next.inserts);
    }

    Run join(String kept, Run next) {
      deleted.append(kept).append(next.deleted);
      inserted.append(kept).append(next.inserted);
      deletes |= next.deletes;
      inserts |= next.inserts;
      return this;
    }

    void emit(List<Segment> segments) {
      if (deletes) {
        segments.add(new Segment(Kind.DELETED, deleted.toString()));
      }
      if (inserts) {
        segments.add(new Segment(Kind.INSERTED, inserted.toString()));
      }
    }
  }
}
