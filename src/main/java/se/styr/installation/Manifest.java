package se.styr.installation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.styr.shared.Text;
import se.styr.shared.file.BadFileException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * manifest.json of an installation export (styr-installation/1): which Styr and which schema wrote
 * it, when, how many of each kind it holds, and every other file of the export with its SHA-256.
 * Written one file a line, so that two exports of the same data differ only in exportedAt.
 */
record Manifest(
    String styr, String schema, String exportedAt, Map<String, Long> counts, List<Entry> files) {
  static final String FORMAT = "styr-installation/1";
  static final String FILE = "manifest.json";
  static final String EXPORTED_AT = "exportedAt";
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  Manifest {
    counts = new LinkedHashMap<>(counts);
    files = List.copyOf(files);
  }

  /** One file of the export: its path (with /, relative to the export's folder) and SHA-256. */
  record Entry(String path, String sha256) {}

  String write() {
    StringBuilder out = new StringBuilder("{\n");
    field(out, "format", FORMAT);
    field(out, "styr", styr);
    field(out, "schema", schema);
    field(out, EXPORTED_AT, exportedAt);
    out.append("  \"counts\": {\n");
    int i = 0;
    for (Map.Entry<String, Long> count : counts.entrySet()) {
      out.append("    ");
      RowFormat.string(out, count.getKey()).append(": ").append(count.getValue());
      out.append(++i < counts.size() ? ",\n" : "\n");
    }
    out.append("  },\n  \"files\": [\n");
    for (int f = 0; f < files.size(); f++) {
      out.append("    {\"path\": ");
      RowFormat.string(out, files.get(f).path()).append(", \"sha256\": ");
      RowFormat.string(out, files.get(f).sha256()).append('}');
      out.append(f + 1 < files.size() ? ",\n" : "\n");
    }
    return out.append("  ]\n}\n").toString();
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append("  ");
    RowFormat.string(out, name).append(": ");
    RowFormat.string(out, value).append(",\n");
  }

  /** The manifest in {@code text}; a bad file naming what is wrong if it is none. */
  static Manifest read(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
      throw problem(line, column, "is not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw problem(1, 1, "is not a JSON object");
    }
    if (!FORMAT.equals(text(root, "format"))) {
      throw problem(
          1, 1, "format is " + root.get("format") + ", not " + FORMAT + ": not a Styr export");
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    JsonNode countNode = root.get("counts");
    if (countNode == null || !countNode.isObject()) {
      throw problem(1, 1, "has no counts");
    }
    for (Map.Entry<String, JsonNode> count : countNode.properties()) {
      if (!count.getValue().isIntegralNumber() || count.getValue().longValue() < 0) {
        throw problem(1, 1, "count " + count.getKey() + " is not a whole number");
      }
      counts.put(count.getKey(), count.getValue().longValue());
    }
    JsonNode fileNode = root.get("files");
    if (fileNode == null || !fileNode.isArray()) {
      throw problem(1, 1, "has no list of files");
    }
    List<Entry> files = new ArrayList<>();
    for (JsonNode file : fileNode) {
      String path = file.isObject() ? text(file, "path") : null;
      String sha = file.isObject() ? text(file, "sha256") : null;
      if (path == null || sha == null || !sha.matches("[0-9a-f]{64}")) {
        throw problem(1, 1, "file entry " + file + " needs a path and a SHA-256 (64 hex digits)");
      }
      files.add(new Entry(path, sha));
    }
    return new Manifest(
        text(root, "styr"), text(root, "schema"), text(root, EXPORTED_AT), counts, files);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isString() ? value.asString() : null;
  }

  private static BadFileException problem(int line, int column, String message) {
    return new BadFileException(
        List.of(
            new se.styr.shared.file.FileProblem(
                FILE, line, column, Text.verbatim(FILE + " " + message))));
  }
}
