package se.styr.shared.file;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.styr.shared.Text;

/**
 * One thing wrong with a file Styr reads (a plan file, a layout, a ledger or a spreadsheet): which
 * file, where in it (1-based line and column) and what is wrong, as a keyed text. Its {@link
 * #message()} is the English text, which the command line and the API give, unchanged for the tools
 * that read them; a page shows the text in the visitor's language.
 */
public record FileProblem(String file, int line, int column, Text text) {
  public FileProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
  }

  public String message() {
    return text.english();
  }

  public String key() {
    return text.key();
  }

  public List<Object> arguments() {
    return text.arguments();
  }

  /** The problem as the API shows it: file, line, column and the English message. */
  public Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", file);
    json.put("line", line);
    json.put("column", column);
    json.put("message", message());
    return json;
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message();
  }
}
