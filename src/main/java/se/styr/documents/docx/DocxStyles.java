package se.styr.documents.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The styles of a plan's Word document, defined in the document itself so that it looks the same on
 * any machine and a secretary restyles it the way Word intends: change "Rubrik 1" once and every
 * chapter follows. Built-in styles keep the ids and names Word knows ("Heading1" named "heading 1",
 * "Title", "Caption", "TOC Heading", "toc 1" ...), which Word shows in its own language and uses
 * for the navigation pane, the outline and the table of contents; the few styles of our own have
 * Swedish names. Sizes follow the HTML document's stylesheet (document.css).
 */
final class DocxStyles {
  static final String HEADING = "Heading";
  static final String TITLE = "Title";
  static final String CAPTION = "Caption";
  static final String TOC_HEADING = "TOCHeading";
  static final String TOC = "TOC";
  static final String HEADER = "Header";
  static final String FOOTER = "Footer";
  static final String HYPERLINK = "Hyperlink";
  static final String LIST = "ListParagraph";
  static final String QUOTE = "Quote";
  static final String MUNICIPALITY = "Municipality";
  static final String COMMITTEE = "Committee";
  static final String PERIOD = "Period";
  static final String LEAD = "Lead";
  static final String SUBHEADING = "Subheading";
  static final String TABLE_TEXT = "TableText";
  static final String TABLE_NOTE = "TableNote";
  static final String FACT = "Fact";
  static final String FIGURE = "Figure";
  static final String PLAN_TABLE = "PlanTable";
  static final String FACTS_TABLE = "FactsTable";

  private static final String NAMESPACE =
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  private static final String NAVY = "0B2E4F";

  /** Heading sizes in half-points, levels 1 to 6, as document.css sizes h2 to h6. */
  private static final int[] HEADING_SIZES = {34, 28, 24, 22, 21, 21};

  private static final String STYLES = styles();

  private DocxStyles() {}

  /**
   * Puts the styles and the settings that go with them (Swedish, Word 2013+ layout, fields updated
   * on opening).
   */
  static void apply(XWPFDocument document) {
    try {
      document
          .createStyles()
          .setStyles(StylesDocument.Factory.parse(STYLES, DocxText.XML_OPTIONS).getStyles());
      CTSettings settings = document.getSettings().getCTSettings();
      settings.set(SettingsDocument.Factory.parse(SETTINGS, DocxText.XML_OPTIONS).getSettings());
    } catch (XmlException e) {
      throw new IllegalStateException("the DOCX styles do not parse", e);
    }
    // Page numbers in the table of contents are known only once Word lays the document out.
    document.enforceUpdateFields();
  }

  /**
   * Word opens a file without a compatibility mode of 15 as a Word 2007 document (no SVG, older
   * layout); the tab stop and separators are the Swedish ones.
   */
  private static final String SETTINGS =
      """
      <w:settings %s>
        <w:defaultTabStop w:val="1304"/>
        <w:characterSpacingControl w:val="doNotCompress"/>
        <w:compat>
          <w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>
        </w:compat>
        <w:themeFontLang w:val="sv-SE"/>
        <w:decimalSymbol w:val=","/>
        <w:listSeparator w:val=";"/>
      </w:settings>\
      """
          .formatted(NAMESPACE);

  private static String styles() {
    StringBuilder xml = new StringBuilder(16_384);
    xml.append("<w:styles ")
        .append(NAMESPACE)
        .append('>')
        .append(
            """
            <w:docDefaults>
              <w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>
                <w:color w:val="1A1A1A"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="sv-SE" w:eastAsia="sv-SE"/></w:rPr></w:rPrDefault>
              <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>
            </w:docDefaults>
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
            <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>
              <w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>
              <w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>
              <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
            <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>
              <w:semiHidden/><w:unhideWhenUsed/></w:style>
            """);
    for (int level = 1; level <= 6; level++) {
      int size = HEADING_SIZES[level - 1];
      xml.append(
          """
          <w:style w:type="paragraph" w:styleId="%s%d"><w:name w:val="heading %d"/><w:basedOn w:val="Normal"/>
            <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>
            <w:spacing w:before="%d" w:after="100" w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="%d"/></w:pPr>
            <w:rPr><w:b/><w:bCs/>%s<w:color w:val="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:style>
          """
              .formatted(
                  HEADING,
                  level,
                  level,
                  level == 1 ? 360 : 240,
                  level - 1,
                  level == 6 ? "<w:i/><w:iCs/>" : "",
                  NAVY,
                  size,
                  size));
    }
    for (int level = 1; level <= 6; level++) {
      xml.append(
          """
          <w:style w:type="paragraph" w:styleId="%s%d"><w:name w:val="toc %d"/><w:basedOn w:val="Normal"/>
            <w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr>
            <w:tabs><w:tab w:val="right" w:leader="dot" w:pos="%d"/></w:tabs><w:spacing w:after="60"/>
            <w:ind w:left="%d" w:right="567"/></w:pPr></w:style>
          """
              .formatted(
                  TOC, level, level, DocxPage.PORTRAIT.textWidth(), 340 * Math.min(level - 1, 3)));
    }
    xml.append(
        """
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
          <w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="227" w:line="240" w:lineRule="auto"/></w:pPr>
          <w:rPr><w:b/><w:bCs/><w:color w:val="0B2E4F"/><w:kern w:val="28"/><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/>
          <w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/>
          <w:spacing w:after="240" w:line="240" w:lineRule="auto"/></w:pPr>
          <w:rPr><w:b/><w:bCs/><w:color w:val="0B2E4F"/><w:sz w:val="34"/><w:szCs w:val="34"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
          <w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:spacing w:before="120" w:after="80"/></w:pPr>
          <w:rPr><w:b/><w:bCs/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>
          <w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs>
          <w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
          <w:rPr><w:color w:val="333333"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>
          <w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr>
          <w:rPr><w:color w:val="333333"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
        <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/>
          <w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0B4F8A"/><w:u w:val="single"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>
          <w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
          <w:uiPriority w:val="29"/><w:qFormat/><w:pPr><w:pBdr><w:left w:val="single" w:sz="8" w:space="8" w:color="999999"/></w:pBdr>
          <w:ind w:left="397"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="Municipality"><w:name w:val="Titelsida kommun"/>
          <w:basedOn w:val="Normal"/><w:next w:val="Committee"/><w:qFormat/><w:pPr><w:spacing w:before="2268" w:after="0"/></w:pPr>
          <w:rPr><w:b/><w:bCs/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="Committee"><w:name w:val="Titelsida nämnd"/>
          <w:basedOn w:val="Normal"/><w:next w:val="Title"/><w:qFormat/><w:pPr><w:spacing w:after="1134"/></w:pPr>
          <w:rPr><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="Period"><w:name w:val="Titelsida period"/>
          <w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="1134"/></w:pPr>
          <w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="Lead"><w:name w:val="Ledtext"/><w:basedOn w:val="Normal"/>
          <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:after="40"/></w:pPr>
          <w:rPr><w:b/><w:bCs/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="Subheading"><w:name w:val="Mellanrubrik"/>
          <w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="180" w:after="60"/></w:pPr>
          <w:rPr><w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Tabelltext"/><w:basedOn w:val="Normal"/>
          <w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
          <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableNote"><w:name w:val="Tabellnot"/><w:basedOn w:val="Normal"/>
          <w:qFormat/><w:pPr><w:spacing w:after="40" w:line="240" w:lineRule="auto"/><w:ind w:left="284"/></w:pPr>
          <w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="Fact"><w:name w:val="Faktatext"/><w:basedOn w:val="Normal"/>
          <w:qFormat/><w:pPr><w:spacing w:after="20" w:line="240" w:lineRule="auto"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="Figure"><w:name w:val="Figur"/><w:basedOn w:val="Normal"/>
          <w:next w:val="Caption"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="0"/></w:pPr></w:style>
        <w:style w:type="table" w:customStyle="1" w:styleId="PlanTable"><w:name w:val="Plantabell"/><w:basedOn w:val="TableNormal"/>
          <w:uiPriority w:val="59"/><w:tblPr><w:tblBorders><w:bottom w:val="single" w:sz="4" w:space="0" w:color="B0B0B0"/>
          <w:insideH w:val="single" w:sz="4" w:space="0" w:color="B0B0B0"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/>
          <w:left w:w="85" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
        <w:style w:type="table" w:customStyle="1" w:styleId="FactsTable"><w:name w:val="Faktatabell"/><w:basedOn w:val="TableNormal"/>
          <w:uiPriority w:val="59"/><w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>
          <w:bottom w:w="0" w:type="dxa"/><w:right w:w="170" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
        </w:styles>\
        """);
    return xml.toString();
  }
}
