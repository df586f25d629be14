package se.styr.documents.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a page of a PDF holds: its XObjects and fonts (forms' included) and what its structure tree
 * says.
 */
public final class PdfContents {
  private PdfContents() {}

  public static List<PDXObject> xObjects(PDPage page) {
    List<PDXObject> found = new ArrayList<>();
    walk(
        page.getResources(),
        identitySet(),
        resources -> {
          for (COSName name : resources.getXObjectNames()) {
            found.add(resources.getXObject(name));
          }
        });
    return found;
  }

  public static List<PDFont> fonts(PDPage page) {
    List<PDFont> found = new ArrayList<>();
    walk(
        page.getResources(),
        identitySet(),
        resources -> {
          for (COSName name : resources.getFontNames()) {
            found.add(resources.getFont(name));
          }
        });
    return found;
  }

  private interface ResourceVisitor {
    void visit(PDResources resources) throws IOException;
  }

  private static void walk(PDResources resources, Set<COSBase> seen, ResourceVisitor visitor) {
    if (resources == null || !seen.add(resources.getCOSObject())) {
      return;
    }
    try {
      visitor.visit(resources);
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDFormXObject form) {
          walk(form.getResources(), seen, visitor);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one structure element of the type; fails when there is none or more. */
  public static PDStructureElement single(PDDocument document, String type) {
    List<PDStructureElement> found = new ArrayList<>();
    collect(document.getDocumentCatalog().getStructureTreeRoot(), type, found);
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " structure elements of type " + type);
    }
    return found.get(0);
  }

  private static void collect(PDStructureNode node, String type, List<PDStructureElement> found) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        if (type.equals(element.getStructureType())) {
          found.add(element);
        }
        collect(element, type, found);
      }
    }
  }

  /** The text (without spaces) shown inside the marked content the element owns on the page. */
  public static String textInside(PDPage page, PDStructureElement element) throws IOException {
    Set<Integer> ids = new HashSet<>();
    for (Object kid : element.getKids()) {
      if (kid instanceof Integer id) {
        ids.add(id);
      } else if (kid instanceof PDMarkedContentReference reference) {
        ids.add(reference.getMCID());
      }
    }
    PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
    extractor.processPage(page);
    StringBuilder text = new StringBuilder();
    collectText(extractor.getMarkedContents(), ids, false, text);
    return text.toString().replaceAll("\\s", "");
  }

  private static void collectText(
      List<PDMarkedContent> contents, Set<Integer> ids, boolean inside, StringBuilder text) {
    for (PDMarkedContent content : contents) {
      boolean owned = inside || ids.contains(content.getMCID());
      List<PDMarkedContent> nested = new ArrayList<>();
      for (Object item : content.getContents()) {
        if (item instanceof TextPosition position && owned) {
          text.append(position.getUnicode());
        } else if (item instanceof PDMarkedContent inner) {
          nested.add(inner);
        }
      }
      collectText(nested, ids, owned, text);
    }
  }

  private static <T> Set<T> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
