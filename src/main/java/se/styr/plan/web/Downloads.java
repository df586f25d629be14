package se.styr.plan.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Files a plan page hands out (a plan file, a table as a workbook): as an attachment with a safe
 * name.
 */
public final class Downloads {
  private Downloads() {}

  /**
   * A safe ASCII file name: letters, digits, dot, dash and underscore; anything else becomes a
   * dash.
   */
  public static String fileName(String wanted) {
    String safe = wanted.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
    return safe.isEmpty() ? "styr" : safe;
  }

  public static ResponseEntity<byte[]> attachment(String name, MediaType type, byte[] body) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName(name)).build().toString())
        .contentType(type)
        .body(body);
  }
}
