package se.styr.shared.yaml;

import se.styr.shared.Text;

/**
 * The words that say where in a file a problem is, built from keyed words so that a page says it in
 * the reader's language: "indicator 'x'", "the plan file → goal", "table 'drift', row", "text
 * figure, field 'value'". Field names are the file's own and stay as written.
 */
public final class Where {
  private Where() {}

  /** A keyed item of a list: "indicator 'hygien'". */
  public static Text item(Text word, String key) {
    return Text.of("file.where.item", word, key);
  }

  /** Something inside something else: "the plan file → goal". */
  public static Text in(Text outer, Text inner) {
    return Text.of("file.where.in", outer, inner);
  }

  /** A part of a thing: "indicator 'x', target". */
  public static Text part(Text whole, Text part) {
    return Text.of("file.where.part", whole, part);
  }

  /** A field of a thing: "text figure, field 'value'". */
  public static Text field(Text what, String field) {
    return Text.of("file.where.field", what, field);
  }

  /**
   * A thing with what tells it apart added: "indicator 'x', value 2024", "reservation 'r', point
   * 3".
   */
  public static Text then(Text what, Object more) {
    return Text.of("file.where.then", what, more);
  }

  /** A field or section of the file by its name, as written in the file: "version → decision". */
  public static Text name(String field) {
    return Text.verbatim(field);
  }

  /**
   * A problem at a place: "indicator 'x': what is wrong"; just what is wrong where the place is
   * null.
   */
  public static Text at(Text where, Text what) {
    return where == null ? what : Text.of("file.at", where, what);
  }
}
