package se.styr.shared.file;

import java.util.ArrayList;
import java.util.List;
import se.styr.shared.Text;

/**
 * Collects the problems of one file so that all of them are reported at once; a reader goes on
 * after each one. Past {@link #MOST} problems the rest are most likely consequences and are
 * dropped.
 */
public class FileProblems {
  public static final int MOST = 200;
  private final String file;
  private final List<FileProblem> list = new ArrayList<>();

  public FileProblems(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  public void add(int line, int column, Text text) {
    if (list.size() < MOST) {
      list.add(new FileProblem(file, line, column, text));
    }
  }

  public boolean any() {
    return !list.isEmpty();
  }

  public int count() {
    return list.size();
  }

  public List<FileProblem> all() {
    return List.copyOf(list);
  }

  /** Throws a {@link BadFileException} naming every problem, if there is one. */
  public void throwIfAny() {
    if (any()) {
      throw new BadFileException(list);
    }
  }
}
