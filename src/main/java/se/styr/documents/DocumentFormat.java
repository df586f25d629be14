package se.styr.documents;

import java.util.Locale;
import java.util.Optional;

/**
 * The formats a plan document is printed in: the HTML page, a tagged PDF, and an editable Word
 * document.
 */
public enum DocumentFormat {
  HTML("html", "text/html;charset=UTF-8"),
  PDF("pdf", "application/pdf"),
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final String extension;
  private final String mediaType;

  DocumentFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** "pdf": the file extension, also the word the command line and the API take. */
  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public static Optional<DocumentFormat> parse(String word) {
    if (word == null) {
      return Optional.empty();
    }
    String wanted = word.strip().toLowerCase(Locale.ROOT);
    for (DocumentFormat format : values()) {
      if (format.extension.equals(wanted)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
