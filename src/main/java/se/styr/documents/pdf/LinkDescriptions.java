package se.styr.documents.pdf;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * PDF/UA wants each link annotation described in its /Contents. openhtmltopdf puts the link's title
 * (see {@link PrintableDom}) on the Link structure element as /Alt only, so this copies it onto the
 * annotations the element refers to. It walks the structure tree's dictionaries directly: thousands
 * of elements in a long plan, visited once.
 */
final class LinkDescriptions {
  private static final COSName LINK = COSName.getPDFName("Link");
  private static final COSName OBJ = COSName.getPDFName("Obj");

  private LinkDescriptions() {}

  static void copyToAnnotations(PDDocument pdf) {
    PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
    if (root == null) {
      return;
    }
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSBase> pending = new ArrayDeque<>();
    pending.push(root.getCOSObject().getDictionaryObject(COSName.K));
    while (!pending.isEmpty()) {
      COSBase node = resolve(pending.pop());
      if (node == null || !seen.add(node)) {
        continue;
      }
      if (node instanceof COSArray kids) {
        kids.forEach(pending::push);
      } else if (node instanceof COSDictionary element) {
        if (LINK.equals(element.getCOSName(COSName.S))) {
          describe(element);
        }
        COSBase kids = element.getDictionaryObject(COSName.K);
        if (kids != null) {
          pending.push(kids);
        }
      }
    }
  }

  /** Gives the link's annotations the element's /Alt, unless they have a description already. */
  private static void describe(COSDictionary link) {
    String description = link.getString(COSName.ALT);
    if (description == null || description.isBlank()) {
      return;
    }
    COSBase kids = resolve(link.getDictionaryObject(COSName.K));
    COSArray list = kids instanceof COSArray array ? array : new COSArray(List.of(kids));
    for (COSBase kid : list) {
      if (resolve(kid) instanceof COSDictionary reference
          && COSName.OBJR.equals(reference.getCOSName(COSName.TYPE))
          && reference.getDictionaryObject(OBJ) instanceof COSDictionary annotation
          && annotation.getString(COSName.CONTENTS) == null) {
        annotation.setString(COSName.CONTENTS, description);
      }
    }
  }

  private static COSBase resolve(COSBase base) {
    return base instanceof COSObject reference ? reference.getObject() : base;
  }
}
