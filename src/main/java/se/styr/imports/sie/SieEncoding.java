package se.styr.imports.sie;

import java.nio.charset.Charset;

/**
 * The character encodings SIE files come in. The standard knows one, {@code #FORMAT PC8} (IBM code
 * page 437); programs also write UTF-8 or ISO-8859-1/15 and still say PC8, so the reader looks at
 * the bytes (see {@link #detect}). Single-byte encodings decode through a table.
 */
public enum SieEncoding {
  CP437("IBM437"),
  UTF_8("UTF-8"),
  ISO_8859_1("ISO-8859-1"),
  ISO_8859_15("ISO-8859-15");

  /** Swedish letters (å ä ö Å Ä Ö é ü É) in code page 437. */
  private static final int[] CP437_LETTERS = {0x86, 0x84, 0x94, 0x8F, 0x8E, 0x99, 0x82, 0x81, 0x90};

  /** The same letters in ISO-8859-1 and -15. */
  private static final int[] LATIN_LETTERS = {0xE5, 0xE4, 0xF6, 0xC5, 0xC4, 0xD6, 0xE9, 0xFC, 0xC9};

  private final Charset charset;
  private final char[] table;

  SieEncoding(String name) {
    this.charset = Charset.forName(name);
    if (name.equals("UTF-8")) {
      this.table = null;
    } else {
      byte[] all = new byte[256];
      for (int i = 0; i < 256; i++) {
        all[i] = (byte) i;
      }
      this.table = new String(all, charset).toCharArray();
    }
  }

  public Charset charset() {
    return charset;
  }

  /** The character byte {@code b} stands for, in a single-byte encoding. */
  char decode(int b) {
    return table[b & 0xFF];
  }

  boolean singleByte() {
    return table != null;
  }

  /**
   * The encoding the bytes {@code [from, to)} are written in, which hold at least one byte above
   * 127: UTF-8 if they are valid UTF-8 with multi-byte characters (a sequence cut at {@code to} is
   * not held against it unless {@code complete}); else ISO-8859-1 (-15 where the euro's byte
   * appears) if Swedish letters are more often written as ISO-8859 writes them than as code page
   * 437 does; else code page 437, as the standard says.
   */
  static SieEncoding detect(byte[] bytes, int from, int to, boolean complete) {
    if (validUtf8(bytes, from, to, complete)) {
      return UTF_8;
    }
    int[] counts = new int[256];
    for (int i = from; i < to; i++) {
      counts[bytes[i] & 0xFF]++;
    }
    int cp437 = 0;
    int latin = 0;
    for (int i = 0; i < CP437_LETTERS.length; i++) {
      cp437 += counts[CP437_LETTERS[i]];
      latin += counts[LATIN_LETTERS[i]];
    }
    if (latin > cp437) {
      return counts[0xA4] > 0 ? ISO_8859_15 : ISO_8859_1;
    }
    return CP437;
  }

  /** Whether the bytes are UTF-8 with at least one multi-byte character and nothing invalid. */
  static boolean validUtf8(byte[] bytes, int from, int to, boolean complete) {
    boolean multiByte = false;
    int i = from;
    while (i < to) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
      } else {
        return false;
      }
      if (i + length > to) {
        return !complete && multiByte; // cut at the window's end
      }
      for (int k = 1; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      multiByte = true;
      i += length;
    }
    return multiByte;
  }

  /** The encoding a {@code #FORMAT} field names, or null for one the standard does not know. */
  static SieEncoding declared(String format) {
    return format != null && format.equalsIgnoreCase("PC8") ? CP437 : null;
  }
}
