package se.styr.shared.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import se.styr.shared.Text;

/** Reads Styr's own text files (plan files, layouts), which are UTF-8. */
public final class TextFiles {
  private TextFiles() {}

  /** The text of a file, which must be UTF-8; anything else is a problem of the file at line 1. */
  public static String utf8(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw BadFileException.of(file.toString(), Text.of("file.notUtf8"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
