package se.styr.shared.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.styr.shared.Text;

/**
 * Reads Styr's own text files (plan files, layouts), which are UTF-8: from a file, an upload or a
 * request's body alike. A byte that is not UTF-8 is a problem at its line and column, never a
 * replacement character stored in its place.
 */
public final class TextFiles {
  private TextFiles() {}

  /** The text of a file, which must be UTF-8. */
  public static String utf8(Path file) {
    try {
      return utf8(file.toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The bytes (named {@code name} in messages) as UTF-8 text without a leading byte order mark, or
   * a problem at the line and column of the first byte that is not UTF-8, naming that byte
   * (1-based).
   */
  public static String utf8(String name, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      // The column counts characters, as an editor does, not bytes.
      int column =
          new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
      throw new BadFileException(
          List.of(new FileProblem(name, line, column, Text.of("file.notUtf8At", at + 1))));
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
