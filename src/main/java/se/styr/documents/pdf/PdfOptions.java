package se.styr.documents.pdf;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a printed PDF says about itself beyond its HTML: the metadata that archives and screen
 * readers read, and whether it is a draft.
 *
 * @param title shown in the reader's window title and in the metadata; required
 * @param subject a one-sentence description (Info Subject, XMP dc:description); optional
 * @param author who issues the document, e.g. the committee (Info Author, XMP dc:creator); optional
 * @param language the document's language as a BCP 47 tag, e.g. {@code sv-SE}; required
 * @param keywords optional; null means none
 * @param watermark text stamped across every page of a draft, e.g. {@code Utkast}; null for none
 * @param created the creation time written into the metadata; null means now. A fixed time makes
 *     the output reproducible.
 */
public record PdfOptions(
    String title,
    String subject,
    String author,
    String language,
    List<String> keywords,
    String watermark,
    Instant created) {

  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  public PdfOptions {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException(
          "a PDF needs a title: PDF/UA shows it in the window title");
    }
    if (language == null || !LANGUAGE_TAG.matcher(language).matches()) {
      throw new IllegalArgumentException("not a language tag such as sv-SE: " + language);
    }
    if (watermark != null && watermark.isBlank()) {
      throw new IllegalArgumentException("a watermark needs text; use null for none");
    }
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }

  /** A decided document in Swedish, without watermark, created now. */
  public static PdfOptions swedish(String title, String subject, String author) {
    return new PdfOptions(title, subject, author, "sv-SE", List.of(), null, null);
  }

  /** The same document stamped as a draft with the given text, e.g. {@code Utkast}. */
  public PdfOptions withWatermark(String text) {
    return new PdfOptions(title, subject, author, language, keywords, text, created);
  }

  /** The same document with a fixed creation time, for reproducible output. */
  public PdfOptions createdAt(Instant time) {
    return new PdfOptions(title, subject, author, language, keywords, watermark, time);
  }
}
