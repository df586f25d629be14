package se.styr.installation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.styr.installation.InstallationTables.Table;

/**
 * Everything an export holds but its manifest, written file by file to a target (a folder, or only
 * a digest when a restore checks what it restored): every exported table's rows, then the views.
 */
final class Contents {
  static final String DATABASE = "database";

  private Contents() {}

  /** Where the files go: a stream for each path, closed by the writer. */
  interface Target {
    OutputStream open(String path) throws IOException;
  }

  /** What was written: the count of each kind and each file with its SHA-256, in order. */
  record Written(Map<String, Long> counts, List<Manifest.Entry> files) {}

  static String rowsPath(Table table) {
    return DATABASE + "/" + table.name() + ".jsonl";
  }

  static Written write(Connection connection, Views views, Target target) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    List<Manifest.Entry> files = new ArrayList<>();
    for (Table table : InstallationTables.EXPORTED) {
      String path = rowsPath(table);
      MessageDigest digest = sha256();
      try (Writer out = writer(target.open(path), digest)) {
        counts.put(table.name(), TableRows.write(connection, table, out));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      files.add(new Manifest.Entry(path, HexFormat.of().formatHex(digest.digest())));
    }
    views.write(
        (kind, path, text) -> {
          MessageDigest digest = sha256();
          try (Writer out = writer(target.open(path), digest)) {
            out.write(text);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          counts.merge(kind, 1L, Long::sum);
          files.add(new Manifest.Entry(path, HexFormat.of().formatHex(digest.digest())));
        });
    for (String kind :
        List.of(Views.PLANS, Views.FOLLOW_UPS, Views.LEDGER_MAPPINGS, Views.TEMPLATES)) {
      counts.putIfAbsent(kind, 0L);
    }
    return new Written(counts, files);
  }

  private static Writer writer(OutputStream out, MessageDigest digest) {
    return new BufferedWriter(
        new OutputStreamWriter(new DigestOutputStream(out, digest), StandardCharsets.UTF_8),
        1 << 16);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
