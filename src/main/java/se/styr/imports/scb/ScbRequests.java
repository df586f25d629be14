package se.styr.imports.scb;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * The requests of SCB's API v2 as paths under its base ({@code
 * https://statistikdatabasen.scb.se/api/v2/}): the data of a selection ({@code
 * tables/{id}/data?lang=sv&valueCodes[Region]=2061,2062&...&outputFormat=json-stat2}), a table's
 * metadata, a page of the table listing; and a selection made explicit against the table's metadata
 * and split into selections of at most the API's cells each, always along the variable with the
 * most codes, again and again until every part fits.
 */
public final class ScbRequests {
  private ScbRequests() {}

  /** The path that fetches {@code selection} in json-stat2, its texts in {@code language}. */
  public static String data(ScbSelection selection, String language) {
    StringBuilder path =
        new StringBuilder("tables/").append(selection.table()).append("/data?lang=");
    path.append(encode(language));
    selection
        .values()
        .forEach(
            (variable, codes) ->
                path.append("&valueCodes%5B")
                    .append(variable)
                    .append("%5D=")
                    .append(
                        codes.isEmpty()
                            ? "*"
                            : String.join(",", codes.stream().map(ScbRequests::encode).toList())));
    return path.append("&outputFormat=json-stat2").toString();
  }

  /** The path of {@code table}'s metadata. */
  public static String metadata(String table, String language) {
    return "tables/" + ScbSelection.of(table).table() + "/metadata?lang=" + encode(language);
  }

  /** The path of page {@code page} of the tables whose text matches {@code query} (null: all). */
  public static String tables(String query, int page, int pageSize, String language) {
    return "tables?lang="
        + encode(language)
        + (query == null || query.isBlank() ? "" : "&query=" + encode(query.strip()))
        + "&pageNumber="
        + Math.max(1, page)
        + "&pageSize="
        + Math.max(1, pageSize);
  }

  /**
   * {@code selection} with every value code named: all of a variable's values where it asks for
   * all; a variable it leaves out stays out if the table allows that, else it is refused; a code
   * the table does not have is refused naming variable and code.
   */
  public static ScbSelection explicit(ScbSelection selection, ScbTable table) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String code : selection.values().keySet()) {
      table.variable(code);
    }
    for (ScbVariable variable : table.variables()) {
      List<String> codes = selection.values().get(variable.code());
      if (codes == null) {
        if (!variable.elimination()) {
          throw new InvalidValueException(Text.of("scb.mustSelect", table.id(), variable.code()));
        }
        continue;
      }
      if (codes.isEmpty() || codes.equals(List.of("*"))) {
        codes = variable.values();
      }
      for (String value : codes) {
        if (!variable.labels().containsKey(value)) {
          throw new InvalidValueException(Text.of("scb.noSuchCode", variable.code(), value));
        }
      }
      values.put(variable.code(), codes);
    }
    return new ScbSelection(selection.table(), values);
  }

  /**
   * {@code selection} (made explicit against {@code table}) in parts of at most {@code maxCells}
   * cells each, in an order whose cubes merge back into the whole ({@link ScbCubes#merge}).
   */
  public static List<ScbSelection> split(ScbSelection selection, ScbTable table, int maxCells) {
    if (maxCells < 1) {
      throw new InvalidValueException(Text.of("scb.badLimit", String.valueOf(maxCells)));
    }
    List<ScbSelection> parts = new ArrayList<>();
    Deque<ScbSelection> open = new ArrayDeque<>();
    open.add(explicit(selection, table));
    while (!open.isEmpty()) {
      ScbSelection part = open.removeFirst();
      if (part.cells() <= maxCells) {
        parts.add(part);
        continue;
      }
      List<ScbSelection> pieces = alongWidest(part, maxCells);
      for (int i = pieces.size() - 1; i >= 0; i--) {
        open.addFirst(pieces.get(i));
      }
    }
    return parts;
  }

  /** {@code part} cut along its variable of most codes into as few pieces as the limit allows. */
  private static List<ScbSelection> alongWidest(ScbSelection part, int maxCells) {
    String widest = null;
    for (Map.Entry<String, List<String>> entry : part.values().entrySet()) {
      if (widest == null || entry.getValue().size() > part.values().get(widest).size()) {
        widest = entry.getKey();
      }
    }
    List<String> codes = part.values().get(widest);
    long others = part.cells() / codes.size();
    int each = (int) Math.max(1, Math.min(codes.size() - 1, maxCells / others));
    List<ScbSelection> pieces = new ArrayList<>();
    for (int from = 0; from < codes.size(); from += each) {
      pieces.add(part.with(widest, codes.subList(from, Math.min(codes.size(), from + each))));
    }
    return pieces;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
