package se.styr.documents.docx;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import se.styr.documents.model.DocumentWords;
import se.styr.documents.model.PrintedPlan;

/**
 * The page setup every section of the document shares: A4 in either orientation, the running
 * header, "Sida X av Y" in the footer and, on a draft, the watermark. The headers and footers are
 * made once and every section names them itself, landscape ones included, so that no section
 * depends on Word's rule of inheriting them from the one before. The first section's first page
 * (the title page) has a header and footer of its own that hold nothing but the watermark.
 */
final class DocxSections {
  private static final String PAGE = "\u0001";
  private static final String PAGES = "\u0002";

  private final String header;
  private final String footer;
  private final String titleHeader;
  private final String titleFooter;

  DocxSections(XWPFDocument document, PrintedPlan plan) {
    XWPFHeaderFooter running = document.createHeader(HeaderFooterType.DEFAULT);
    CTP text = paragraph(running, DocxStyles.HEADER);
    watermark(text, plan.watermark(), 1);
    DocxText.run(text, plan.runningHeader(), false, false);
    XWPFHeaderFooter title = document.createHeader(HeaderFooterType.FIRST);
    watermark(paragraph(title, DocxStyles.HEADER), plan.watermark(), 2);
    XWPFHeaderFooter numbers = document.createFooter(HeaderFooterType.DEFAULT);
    pageNumbers(paragraph(numbers, DocxStyles.FOOTER));
    XWPFHeaderFooter titleNumbers = document.createFooter(HeaderFooterType.FIRST);
    paragraph(titleNumbers, DocxStyles.FOOTER);
    header = document.getRelationId(running);
    titleHeader = document.getRelationId(title);
    footer = document.getRelationId(numbers);
    titleFooter = document.getRelationId(titleNumbers);
  }

  /**
   * Writes the setup of a section: its page, its headers and footers, and for the first one the
   * title page's own.
   */
  void describe(CTSectPr section, DocxPage page, boolean first) {
    while (section.sizeOfHeaderReferenceArray() > 0) {
      section.removeHeaderReference(0);
    }
    while (section.sizeOfFooterReferenceArray() > 0) {
      section.removeFooterReference(0);
    }
    reference(section.addNewHeaderReference(), STHdrFtr.DEFAULT, header);
    if (first) {
      reference(section.addNewHeaderReference(), STHdrFtr.FIRST, titleHeader);
    }
    reference(section.addNewFooterReference(), STHdrFtr.DEFAULT, footer);
    if (first) {
      reference(section.addNewFooterReference(), STHdrFtr.FIRST, titleFooter);
    }
    (section.isSetType() ? section.getType() : section.addNewType())
        .setVal(STSectionMark.NEXT_PAGE);
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(page.width()));
    size.setH(BigInteger.valueOf(page.height()));
    size.setOrient(page.landscape() ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(DocxPage.TOP));
    margins.setBottom(BigInteger.valueOf(DocxPage.BOTTOM));
    margins.setLeft(BigInteger.valueOf(DocxPage.SIDE));
    margins.setRight(BigInteger.valueOf(DocxPage.SIDE));
    margins.setHeader(BigInteger.valueOf(DocxPage.HEADER));
    margins.setFooter(BigInteger.valueOf(DocxPage.FOOTER));
    margins.setGutter(BigInteger.ZERO);
    if (first && !section.isSetTitlePg()) {
      section.addNewTitlePg();
    } else if (!first && section.isSetTitlePg()) {
      section.unsetTitlePg();
    }
  }

  private static void reference(CTHdrFtrRef reference, STHdrFtr.Enum type, String id) {
    reference.setType(type);
    reference.setId(id);
  }

  private static CTP paragraph(XWPFHeaderFooter part, String style) {
    CTP paragraph =
        part.getParagraphs().isEmpty()
            ? part.createParagraph().getCTP()
            : part.getParagraphs().get(0).getCTP();
    DocxText.style(paragraph, style);
    return paragraph;
  }

  /** "Sida 3 av 12": the words from the document texts, the numbers as PAGE and NUMPAGES fields. */
  private static void pageNumbers(CTP paragraph) {
    String words = DocumentWords.get("document.footer", PAGE, PAGES);
    int start = 0;
    for (int i = 0; i < words.length(); i++) {
      String c = words.substring(i, i + 1);
      if (c.equals(PAGE) || c.equals(PAGES)) {
        DocxText.run(paragraph, words.substring(start, i), false, false);
        DocxFields.field(paragraph, c.equals(PAGE) ? "PAGE" : "NUMPAGES", "1");
        start = i + 1;
      }
    }
    DocxText.run(paragraph, words.substring(start), false, false);
  }

  /**
   * The draft's word across the page behind the text, as Word draws its own watermarks (a VML text
   * path); the shape's id is the one Word and LibreOffice recognise as a watermark.
   */
  private static void watermark(CTP paragraph, String text, int number) {
    if (text == null) {
      return;
    }
    String xml =
        """
        <w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" \
        xmlns:o="urn:schemas-microsoft-com:office:office"><w:rPr><w:noProof/></w:rPr><w:pict>\
        <v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">\
        <v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>\
        <v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/>\
        <v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/>\
        <v:f eqn="sum @6 0 @5"/></v:formulas><v:path textpathok="t" o:connecttype="custom" \
        o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/>\
        <v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/>\
        </v:shapetype><v:shape id="PowerPlusWaterMarkObject%d" o:spid="_x0000_s%d" type="#_x0000_t136" \
        style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:110pt;rotation:315;z-index:-251657216;\
        mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;\
        mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#c8c8c8" stroked="f"><v:fill opacity=".5"/>\
        <v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt" string="%s"/></v:shape></w:pict></w:r>\
        """
            .formatted(number, 2048 + number, attribute(text));
    try {
      // Without its root element the parsed run is the run's content, not a run inside the run.
      paragraph
          .addNewR()
          .set(CTR.Factory.parse(xml, new XmlOptions().setLoadReplaceDocumentElement(null)));
    } catch (XmlException e) {
      throw new IllegalStateException("the watermark does not parse", e);
    }
  }

  private static String attribute(String text) {
    return DocxText.clean(text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
        .replace("\t", "&#9;");
  }
}
