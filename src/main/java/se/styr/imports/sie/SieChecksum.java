package se.styr.imports.sie;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;
import se.styr.shared.Text;

/**
 * The checksum a SIE file may carry ({@code #KSUMMA}): a first {@code #KSUMMA} without a value
 * starts it, a last one states it. In between, every record counts (the voucher braces do not): its
 * label and the text of each field, without the quotes, spaces and braces around them, as bytes in
 * the file's encoding, through CRC-32 (the standard's algorithm: polynomial EDB88320, started at
 * FFFFFFFF and inverted at the end, which is {@link CRC32}); the stated value is that sum as an
 * unsigned decimal number.
 */
final class SieChecksum {
  private final CRC32 crc = new CRC32();
  private int startLine;
  private boolean ended;
  private boolean checked;

  /** A problem found at the end of the file: where, and what. */
  record Problem(int line, Text text) {}

  Optional<Text> start(int line) {
    if (startLine != 0) {
      return Optional.of(Text.of(ended ? "sie.checksumAfterEnd" : "sie.checksumTwice"));
    }
    startLine = line;
    return Optional.empty();
  }

  void add(String label, SieLine line, SieEncoding encoding) {
    if (startLine == 0 || ended) {
      return;
    }
    java.nio.charset.Charset charset =
        encoding == null ? StandardCharsets.US_ASCII : encoding.charset();
    crc.update(label.getBytes(charset));
    for (String part : line.parts()) {
      crc.update(part.getBytes(charset));
    }
  }

  Optional<Text> end(long stated, int line) {
    if (startLine == 0 || ended) {
      return Optional.of(Text.of("sie.checksumWithoutStart"));
    }
    ended = true;
    checked = true;
    long computed = crc.getValue();
    return computed == stated
        ? Optional.empty()
        : Optional.of(
            Text.of("sie.checksumMismatch", String.valueOf(stated), String.valueOf(computed)));
  }

  Optional<Problem> atEnd() {
    return startLine != 0 && !ended
        ? Optional.of(new Problem(startLine, Text.of("sie.checksumUnended")))
        : Optional.empty();
  }

  boolean checked() {
    return checked;
  }
}
