package se.styr.documents;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.styr.plan.PlanAccess;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStore;

/**
 * Prints stored plan versions for the web pages and the API, each by its municipality's layout: a
 * file {@code CODE.yaml} in the installation's layout folder ({@code styr.documents.layouts}), else
 * the one Styr ships, else the default. A decided version never changes, so its documents are kept
 * once printed (bounded; cleared when full); a draft is printed afresh every time. Access is checked
 * by the caller, before this is asked.
 */
@Component
public class DocumentPrinting {
  static final int MOST = 64;
  private final PlanStore plans;
  private final Path layouts;
  private final Map<String, byte[]> decided = new ConcurrentHashMap<>();

  DocumentPrinting(PlanStore plans, @Value("${styr.documents.layouts:${styr.data-dir:./data}/layouts}") Path layouts) {
    this.plans = plans;
    this.layouts = layouts;
  }

  /** The version as a document model, goals assessed for {@code year} (null: the budget year). */
  public PrintedPlan printed(PlanAccess.VisibleVersion version, Integer year) {
    PlanDocument plan = plans.load(version.versionId());
    DocumentLayout layout = LayoutFile.forMunicipality(plan.municipality().code(), layouts);
    return PlanPrinter.print(plan, layout, year == null ? plan.header().period().budgetYear() : year);
  }

  /** The version printed in {@code format}; kept once made if the version is decided. */
  public byte[] print(PlanAccess.VisibleVersion version, DocumentFormat format, Integer year) {
    if (!version.decided()) {
      return PlanDocuments.render(printed(version, year), format);
    }
    String key = version.versionId() + "/" + format + "/" + year;
    byte[] document = decided.get(key);
    if (document == null) {
      document = PlanDocuments.render(printed(version, year), format);
      if (decided.size() >= MOST) {
        decided.clear();
      }
      decided.put(key, document);
    }
    return document;
  }

  /** The version printed in {@code format} as a download named for the plan ("1488-omsorgsnamnden-2024-v1.pdf"). */
  public ResponseEntity<byte[]> download(PlanAccess.VisibleVersion version, DocumentFormat format, Integer year) {
    String name = PlanDocuments.fileName(plans.load(version.versionId()), format);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .contentType(MediaType.parseMediaType(format.mediaType()))
        .body(print(version, format, year));
  }
}
