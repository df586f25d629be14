package se.styr.documents.painting;

import java.text.Bidi;
import se.styr.documents.painting.ChartSvgValues.Unsupported;

/**
 * Turns the content of an SVG {@code <text>} into the characters to show, in the order to show
 * them. Labels come from plan files and users, so they may hold bidi marks, overrides and
 * right-to-left letters.
 */
final class ChartLabels {
  private ChartLabels() {}

  /**
   * The text as SVG shows it by default (xml:space default): newlines removed, tabs as spaces,
   * spaces at either end stripped, runs of spaces as one. No-break spaces are not spaces here.
   */
  static String collapse(String content) {
    StringBuilder text = new StringBuilder(content.length());
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '\n') {
        continue;
      }
      if (c == '\t' || c == ' ') {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
          text.append(' ');
        }
      } else {
        text.append(c);
      }
    }
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    return text.substring(0, end);
  }

  /**
   * The visible characters, which a PDF shows left to right as given: format characters (bidi marks
   * and controls, zero-width joiners, soft hyphens) have no glyph and are dropped. A label that the
   * Unicode bidi algorithm would show in another order than written (right-to-left letters, an
   * override) is {@link Unsupported}: Batik reorders it, this painter does not.
   */
  static String visible(String text) {
    boolean formats = false;
    for (int i = 0; i < text.length(); i++) {
      if (Character.getType(text.charAt(i)) == Character.FORMAT) {
        formats = true;
        break;
      }
    }
    char[] chars = text.toCharArray();
    if (Bidi.requiresBidi(chars, 0, chars.length)) {
      requireWrittenOrder(text);
    }
    if (!formats) {
      return text;
    }
    StringBuilder visible = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.getType(c) != Character.FORMAT) {
        visible.append(c);
      }
    }
    return visible.toString();
  }

  /**
   * Throws unless every visible character keeps its place and its shape in a left-to-right line.
   */
  private static void requireWrittenOrder(String text) {
    Bidi bidi = new Bidi(text, Bidi.DIRECTION_LEFT_TO_RIGHT);
    int length = text.length();
    byte[] levels = new byte[length];
    Integer[] order = new Integer[length];
    for (int i = 0; i < length; i++) {
      levels[i] = (byte) bidi.getLevelAt(i);
      order[i] = i;
    }
    Bidi.reorderVisually(levels, 0, order, 0, length);
    int previous = -1;
    for (Integer index : order) {
      char c = text.charAt(index);
      if (Character.getType(c) == Character.FORMAT) {
        continue;
      }
      boolean mirrored = levels[index] % 2 == 1 && Character.isMirrored(c);
      if (index < previous || mirrored) {
        throw new Unsupported("text shown right to left");
      }
      previous = index;
    }
  }
}
