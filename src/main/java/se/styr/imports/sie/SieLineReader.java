package se.styr.imports.sie;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a SIE file's bytes line by line (LF or CRLF) into a reused {@link SieLine}, decoding each
 * line in the file's encoding. The encoding is settled at the first line with a byte above 127 (all
 * encodings agree below), from the bytes read ahead ({@link SieEncoding#detect}); a UTF-8 byte
 * order mark settles it at once. Holds one buffer, however large the file.
 */
final class SieLineReader {
  /** How far ahead the encoding is judged. */
  private static final int LOOK_AHEAD = 1 << 16;

  /** A line longer than this is not SIE; it is cut with a problem. */
  static final int LONGEST_LINE = 1 << 20;

  private final InputStream in;
  private byte[] buffer = new byte[1 << 16];
  private int start;
  private int end;
  private boolean eof;
  private int number;
  private SieEncoding encoding;
  private boolean invalidUtf8;
  private boolean tooLong;

  SieLineReader(InputStream in) {
    this.in = in;
  }

  /** The encoding the file is read in; null while every line so far was plain ASCII. */
  SieEncoding encoding() {
    return encoding;
  }

  /** Whether the last line read held bytes that are not UTF-8 in a file read as UTF-8. */
  boolean invalidUtf8() {
    return invalidUtf8;
  }

  /** Whether the last line read was longer than {@link #LONGEST_LINE} and was cut. */
  boolean tooLong() {
    return tooLong;
  }

  /** Reads the next line into {@code line}; false at the end of the file. */
  boolean next(SieLine line) throws IOException {
    invalidUtf8 = false;
    tooLong = false;
    if (number == 0) {
      fill(3);
      if (end - start >= 3
          && (buffer[start] & 0xFF) == 0xEF
          && (buffer[start + 1] & 0xFF) == 0xBB
          && (buffer[start + 2] & 0xFF) == 0xBF) {
        start += 3;
        encoding = SieEncoding.UTF_8;
      }
    }
    int newline = find();
    while (newline < 0 && !eof) {
      if (end - start >= LONGEST_LINE) {
        break;
      }
      fill(end - start + 1);
      newline = find();
    }
    if (newline < 0 && start == end && eof) {
      return false;
    }
    int lineEnd;
    int next;
    if (newline >= 0) {
      lineEnd = newline;
      next = newline + 1;
    } else if (eof) {
      lineEnd = end;
      next = end;
    } else {
      // longer than any SIE line: cut here and skip to its end
      tooLong = true;
      lineEnd = start + LONGEST_LINE;
      next = lineEnd;
    }
    if (lineEnd > start && buffer[lineEnd - 1] == '\r') {
      lineEnd--;
    }
    number++;
    int advance = next - start;
    decode(line, lineEnd - start); // may move the buffer's bytes, so offsets from start
    line.number = number;
    start += advance;
    if (tooLong) {
      skipRestOfLine();
    }
    return true;
  }

  private void skipRestOfLine() throws IOException {
    while (true) {
      int newline = find();
      if (newline >= 0) {
        start = newline + 1;
        return;
      }
      start = end;
      if (eof) {
        return;
      }
      fill(1);
    }
  }

  private int find() {
    for (int i = start; i < end; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Makes at least {@code wanted} bytes available from {@code start}, unless the file ends. */
  private void fill(int wanted) throws IOException {
    if (end - start >= wanted || eof) {
      return;
    }
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    if (wanted > buffer.length) {
      buffer = java.util.Arrays.copyOf(buffer, Math.max(wanted, buffer.length * 2));
    }
    while (end - start < wanted && !eof) {
      int read = in.read(buffer, end, buffer.length - end);
      if (read < 0) {
        eof = true;
      } else {
        end += read;
        if (end == buffer.length && end - start < wanted) {
          buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
        }
      }
    }
  }

  /** Decodes the {@code n} bytes from {@code start} into the line. */
  private void decode(SieLine line, int n) throws IOException {
    int from = start;
    int to = start + n;
    if (line.chars.length < n) {
      line.chars = new char[Math.max(n, line.chars.length * 2)];
    }
    boolean ascii = true;
    for (int i = from; i < to; i++) {
      byte b = buffer[i];
      if (b < 0) {
        ascii = false;
        break;
      }
      line.chars[i - from] = (char) b;
    }
    if (ascii) {
      line.length = n;
      return;
    }
    if (encoding == null) {
      fill(Math.max(n, LOOK_AHEAD));
      from = start;
      to = start + n;
      int window = Math.min(end, from + Math.max(n, LOOK_AHEAD));
      encoding = SieEncoding.detect(buffer, from, window, eof && window == end);
    }
    if (encoding.singleByte()) {
      for (int i = from; i < to; i++) {
        line.chars[i - from] = encoding.decode(buffer[i]);
      }
      line.length = n;
    } else {
      if (!SieEncoding.validUtf8(buffer, from, to, true)) {
        invalidUtf8 = true;
      }
      String text = new String(buffer, from, n, StandardCharsets.UTF_8);
      text.getChars(0, text.length(), line.chars, 0);
      line.length = text.length();
    }
  }
}
