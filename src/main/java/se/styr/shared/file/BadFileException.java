package se.styr.shared.file;

import java.util.List;
import java.util.Map;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/** A file that cannot be read, with every problem found in it; nothing of it was stored. */
public class BadFileException extends StyrException {
  private static final long serialVersionUID = 1L;
  private final transient List<FileProblem> problems;

  public BadFileException(List<FileProblem> problems) {
    super(
        ErrorCode.BAD_FILE,
        Text.join("\n", problems.stream().map(BadFileException::located).toList()));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a bad file has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** One problem of a file as a whole (at line 1, column 1), e.g. that it is not UTF-8. */
  public static BadFileException of(String file, Text text) {
    return new BadFileException(List.of(new FileProblem(file, 1, 1, text)));
  }

  private static Text located(FileProblem problem) {
    return Text.of(
        "file.problemAt", problem.file(), problem.line(), problem.column(), problem.text());
  }

  public List<FileProblem> problems() {
    return problems;
  }

  @Override
  public String summary() {
    return Text.of("file.bad", problems.get(0).file(), problems.size()).english();
  }

  /** Every problem with its file, line and column. */
  @Override
  public Map<String, Object> details() {
    return Map.of("problems", problems.stream().map(FileProblem::json).toList());
  }
}
