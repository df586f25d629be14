package se.styr.plan.web;

import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.TextFiles;

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
    return TextFiles.utf8(name, bytes);
  }
}
