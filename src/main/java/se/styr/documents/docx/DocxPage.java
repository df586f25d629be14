package se.styr.documents.docx;

/**
 * The two pages a plan's Word document uses, in twips (1/20 pt): A4 upright, and A4 on its side for
 * tables too wide to stand. Margins are document.css's: 24 mm at the top (room for the running
 * header), 20 mm elsewhere.
 */
enum DocxPage {
  PORTRAIT(11_906, 16_838),
  LANDSCAPE(16_838, 11_906);

  static final int TOP = 1_361;
  static final int BOTTOM = 1_134;
  static final int SIDE = 1_134;
  static final int HEADER = 680;
  static final int FOOTER = 567;

  /** English Metric Units per twip, for pictures. */
  static final long EMU_PER_TWIP = 635;

  private final int width;
  private final int height;

  DocxPage(int width, int height) {
    this.width = width;
    this.height = height;
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  int textWidth() {
    return width - 2 * SIDE;
  }

  boolean landscape() {
    return this == LANDSCAPE;
  }
}
