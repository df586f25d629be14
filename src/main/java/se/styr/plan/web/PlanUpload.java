package se.styr.plan.web;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.shared.Text;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;

/**
 * An uploaded plan file read into a plan: strictly UTF-8 (a byte that is not says where, by line),
 * a byte order mark ignored, then {@link PlanFileReader}. Every failure is a {@link
 * BadFileException} with line and column, never anything else, so the page can list what is wrong.
 */
final class PlanUpload {
  private PlanUpload() {}

  /** The file's name as shown and reported: its last path part, printable characters only. */
  static String name(String original) {
    if (original == null || original.isBlank()) {
      return "planfil.yaml";
    }
    String last =
        original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
    String printable = last.replaceAll("\\p{Cntrl}", "").strip();
    return printable.isEmpty()
        ? "planfil.yaml"
        : printable.substring(0, Math.min(printable.length(), 200));
  }

  static PlanDocument read(String name, byte[] bytes) {
    return PlanFileReader.read(name, text(name, bytes));
  }

  /** The bytes as UTF-8 text, or a problem at the line of the first byte that is not UTF-8. */
  static String text(String name, byte[] bytes) {
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
      throw new BadFileException(
          List.of(
              new FileProblem(
                  name, line, at - lineStart + 1, Text.of("plan.file.notUtf8", at + 1))));
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
