package se.styr.documents.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Writes what the PDF says about itself, in the Info dictionary and, identically, in XMP: PDF/A
 * requires the two to agree, and archives and search read XMP. openhtmltopdf writes only the title
 * and its own date, so both are replaced wholesale here, from the options, after rendering.
 *
 * <p>The XMP is a fixed template rather than built with xmpbox: nothing to parse back, no XML
 * transformer to look up per document, and the declaration of the PDF/UA identification schema that
 * PDF/A wants for a schema it does not predefine is plain to read below.
 */
final class PdfMetadata {
  static final String PRODUCER = "Styr";

  private PdfMetadata() {}

  /**
   * Info, XMP, the catalog entries PDF/UA checks (language, marked, title in the window) and the
   * file identifier. The identifier is a digest of the HTML and the options, not of the clock, so
   * the same document printed with a fixed creation time gives the same bytes.
   */
  static void write(PDDocument pdf, PdfOptions options, String description, String html)
      throws IOException {
    Instant created =
        (options.created() == null ? Instant.now() : options.created())
            .truncatedTo(ChronoUnit.SECONDS);
    String keywords = String.join(", ", options.keywords());

    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(options.title());
    info.setSubject(description);
    info.setAuthor(options.author());
    info.setKeywords(keywords.isEmpty() ? null : keywords);
    info.setCreator(PRODUCER);
    info.setProducer(PRODUCER);
    info.setCreationDate(calendar(created));
    info.setModificationDate(calendar(created));
    pdf.setDocumentInformation(info);

    COSString id = new COSString(identifier(html, options));
    COSArray ids = new COSArray();
    ids.add(id);
    ids.add(id);
    pdf.getDocument().getTrailer().setItem(COSName.ID, ids);

    PDDocumentCatalog catalog = pdf.getDocumentCatalog();
    catalog.setLanguage(options.language());
    PDViewerPreferences preferences = catalog.getViewerPreferences();
    if (preferences == null) {
      preferences = new PDViewerPreferences(new COSDictionary());
      catalog.setViewerPreferences(preferences);
    }
    preferences.setDisplayDocTitle(true);
    PDMarkInfo markInfo = catalog.getMarkInfo();
    if (markInfo == null) {
      markInfo = new PDMarkInfo();
      catalog.setMarkInfo(markInfo);
    }
    markInfo.setMarked(true);

    // Unfiltered, so that archives can find the packet by scanning the file, as XMP intends.
    PDMetadata metadata = new PDMetadata(pdf);
    metadata.importXMPMetadata(
        xmp(options, description, keywords, created).getBytes(StandardCharsets.UTF_8));
    catalog.setMetadata(metadata);
  }

  static String xmp(PdfOptions options, String description, String keywords, Instant created) {
    String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(created.atOffset(ZoneOffset.UTC));
    StringBuilder x = new StringBuilder(4096);
    x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
        .append("<rdf:Description rdf:about=\"\"")
        .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
        .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
        .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
        .append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
        .append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"")
        .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
        .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
        .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
        .append("<dc:format>application/pdf</dc:format>\n")
        .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">")
        .append(escape(options.title()))
        .append("</rdf:li></rdf:Alt></dc:title>\n");
    if (description != null) {
      x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">")
          .append(escape(description))
          .append("</rdf:li></rdf:Alt></dc:description>\n");
    }
    if (options.author() != null) {
      x.append("<dc:creator><rdf:Seq><rdf:li>")
          .append(escape(options.author()))
          .append("</rdf:li></rdf:Seq></dc:creator>\n");
    }
    x.append("<dc:language><rdf:Bag><rdf:li>")
        .append(escape(options.language()))
        .append("</rdf:li></rdf:Bag></dc:language>\n");
    if (!options.keywords().isEmpty()) {
      x.append("<dc:subject><rdf:Bag>");
      for (String keyword : options.keywords()) {
        x.append("<rdf:li>").append(escape(keyword)).append("</rdf:li>");
      }
      x.append("</rdf:Bag></dc:subject>\n");
      x.append("<pdf:Keywords>").append(escape(keywords)).append("</pdf:Keywords>\n");
    }
    x.append("<pdf:Producer>")
        .append(PRODUCER)
        .append("</pdf:Producer>\n")
        .append("<xmp:CreatorTool>")
        .append(PRODUCER)
        .append("</xmp:CreatorTool>\n")
        .append("<xmp:CreateDate>")
        .append(date)
        .append("</xmp:CreateDate>\n")
        .append("<xmp:ModifyDate>")
        .append(date)
        .append("</xmp:ModifyDate>\n")
        .append("<xmp:MetadataDate>")
        .append(date)
        .append("</xmp:MetadataDate>\n")
        .append("<pdfaid:part>3</pdfaid:part>\n")
        .append("<pdfaid:conformance>A</pdfaid:conformance>\n")
        .append("<pdfuaid:part>1</pdfuaid:part>\n")
        .append(PDFUA_EXTENSION_SCHEMA)
        .append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return x.toString();
  }

  /** PDF/A predefines dc, xmp, pdf and pdfaid, but not pdfuaid: it must be declared. */
  private static final String PDFUA_EXTENSION_SCHEMA =
      """
      <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
      <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
      <pdfaProperty:name>part</pdfaProperty:name>
      <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
      <pdfaProperty:category>internal</pdfaProperty:category>
      <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
      </rdf:li></rdf:Seq></pdfaSchema:property>
      </rdf:li></rdf:Bag></pdfaExtension:schemas>
      """;

  private static byte[] identifier(String html, PdfOptions options) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(options.toString().getBytes(StandardCharsets.UTF_8));
      digest.update(html.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(digest.digest(), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static Calendar calendar(Instant instant) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.setTimeInMillis(instant.toEpochMilli());
    return calendar;
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        default -> {
          // XML 1.0 cannot hold most control characters; a title never needs them.
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
