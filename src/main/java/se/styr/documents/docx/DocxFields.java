package se.styr.documents.docx;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Word fields written the way Word writes them: begin, the instruction, separate, the result Word
 * shows until it updates the field, end. A field may span paragraphs (the table of contents does),
 * so its parts are written one by one.
 */
final class DocxFields {
  private DocxFields() {}

  /** A whole field in one paragraph, showing {@code result} until Word computes it. */
  static void field(CTP paragraph, String instruction, String result) {
    begin(paragraph, instruction);
    DocxText.run(paragraph, result, false, false);
    end(paragraph);
  }

  /**
   * The start of a field and its instruction; what follows up to {@link #end} is its current
   * result.
   */
  static void begin(CTP paragraph, String instruction) {
    paragraph.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    CTR run = paragraph.addNewR();
    var text = run.addNewInstrText();
    text.setStringValue(" " + instruction + " ");
    text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    paragraph.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
  }

  static void end(CTP paragraph) {
    paragraph.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
  }
}
