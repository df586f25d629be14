package se.styr.documents.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.styr.documents.DocumentFormat;
import se.styr.documents.PlanDocuments;
import se.styr.documents.model.DocumentLayout;
import se.styr.documents.model.LayoutFile;
import se.styr.documents.model.PlanPrinter;
import se.styr.documents.model.PrintedPlan;
import se.styr.national.ScbPopulationStore;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanStore;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;
import se.styr.version.PlanPeriod;

/**
 * Prints stored plan versions for the web pages and the API, each by its municipality's layout: a
 * file {@code CODE.yaml} in the installation's layout folder ({@code styr.documents.layouts}), else
 * the one Styr ships, else the default. A decided version never changes, so its documents are kept
 * once printed (bounded; cleared when full), per layout and national data revision (see {@link
 * Decided}); a draft is printed afresh every time. Access is checked by the caller, before this is
 * asked.
 */
@Component
public class DocumentPrinting {
  static final int MOST = 64;
  private static final String WARM_UP_PLAN = "/demo/trollhattan-omsorgsnamnden-2024.yaml";
  private static final Duration WARM_UP_DELAY = Duration.ofSeconds(10);
  private static final Logger LOG = LoggerFactory.getLogger(DocumentPrinting.class);
  private final PlanStore plans;
  private final ScbPopulationStore scb;
  private final Path layouts;
  private final Map<Decided, byte[]> decided = new ConcurrentHashMap<>();

  /**
   * What a decided version's document is kept by: the version, format and assessed year, the
   * national data's revision (relative targets), and the layout it was printed by (so a changed
   * layout file prints anew).
   */
  private record Decided(
      long versionId, DocumentFormat format, int year, long revision, DocumentLayout layout) {}

  private final boolean warmUp;
  private final RenderSlots slots;

  DocumentPrinting(
      PlanStore plans,
      ScbPopulationStore scb,
      @Value("${styr.documents.layouts:${styr.data-dir:./data}/layouts}") Path layouts,
      @Value("${styr.documents.warm-up:true}") boolean warmUp,
      @Value("${styr.limits.concurrent-renders:2}") int concurrentRenders,
      @Value("${styr.limits.render-wait-seconds:20}") int renderWaitSeconds) {
    this.plans = plans;
    this.scb = scb;
    this.layouts = layouts;
    this.warmUp = warmUp;
    this.slots = new RenderSlots(concurrentRenders, Duration.ofSeconds(renderWaitSeconds));
  }

  /**
   * Prints a shipped seed plan once in the background after start-up: the first print in a JVM
   * loads and compiles the PDF and Word code (3-5 s), which the first person to download a document
   * should not wait for. It begins a few seconds after the start, so that it does not take the
   * processor from the first pages (Java's thread priority means nothing on Linux). A failure only
   * means the first download is slow.
   */
  @EventListener(ApplicationReadyEvent.class)
  void warmUp() {
    if (!warmUp) {
      return;
    }
    Thread thread =
        new Thread(
            () -> {
              try {
                Thread.sleep(WARM_UP_DELAY.toMillis());
              } catch (InterruptedException e) {
                return;
              }
              try (InputStream in = DocumentPrinting.class.getResourceAsStream(WARM_UP_PLAN)) {
                if (in == null) {
                  return;
                }
                PlanDocument plan =
                    PlanFileReader.read(
                        WARM_UP_PLAN, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                PrintedPlan printed =
                    PlanPrinter.print(
                        plan, LayoutFile.forMunicipality(plan.municipality().scbCode(), layouts));
                for (DocumentFormat format : DocumentFormat.values()) {
                  PlanDocuments.render(printed, format);
                }
              } catch (IOException | RuntimeException e) {
                LOG.debug(
                    "warming up the document printers failed; the first print will be slow", e);
              }
            },
            "styr-document-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  /** The version as a document model, goals assessed for {@code year} (null: the budget year). */
  public PrintedPlan printed(PlanAccess.VisibleVersion version, Integer year) {
    return printed(plans.load(version.versionId()), year);
  }

  /**
   * A plan the caller has already loaded as a document model, goals assessed for {@code year}
   * (null: the budget year).
   */
  public PrintedPlan printed(PlanDocument plan, Integer year) {
    return printed(plan, layout(plan), year == null ? plan.header().period().budgetYear() : year);
  }

  private PrintedPlan printed(PlanDocument plan, DocumentLayout layout, int year) {
    return PlanPrinter.print(plan, layout, year, scb.population(plan.municipality().code()));
  }

  /**
   * The version printed in {@code format}, goals assessed for {@code year} (null: the budget year;
   * else one of the plan's years, or not found); kept once made if the version is decided. At most
   * a few documents are made at once ({@link RenderSlots}); a request that finds them all taken
   * waits a while, then is told to come back ({@code BUSY}, 503).
   */
  public byte[] print(PlanAccess.VisibleVersion version, DocumentFormat format, Integer year) {
    PlanDocument plan = plans.load(version.versionId());
    int assessed = assessedYear(plan, year);
    if (!version.decided()) {
      return slots.run(() -> PlanDocuments.render(printed(plan, assessed), format));
    }
    DocumentLayout layout = layout(plan);
    Decided key =
        new Decided(version.versionId(), format, assessed, plans.nationalRevision(), layout);
    byte[] document = decided.get(key);
    if (document == null) {
      document = slots.run(() -> PlanDocuments.render(printed(plan, layout, assessed), format));
      if (decided.size() >= MOST) {
        decided.clear();
      }
      decided.put(key, document);
    }
    return document;
  }

  /**
   * The layout of the plan's municipality: the installation's own file, else the shipped one, else
   * the default.
   */
  public DocumentLayout layout(PlanDocument plan) {
    return LayoutFile.forMunicipality(plan.municipality().scbCode(), layouts);
  }

  /** Any printed document (a follow-up report) in {@code format}, in one of the render slots. */
  public byte[] render(PrintedPlan printed, DocumentFormat format) {
    return slots.run(() -> PlanDocuments.render(printed, format));
  }

  /** The year to assess goals for: the budget year, or one of the plan's years asked for. */
  static int assessedYear(PlanDocument plan, Integer year) {
    PlanPeriod period = plan.header().period();
    if (year == null) {
      return period.budgetYear();
    }
    if (!period.contains(year)) {
      throw StyrException.notFound(Text.of("document.error.year", year, period.describe()));
    }
    return year;
  }

  /**
   * The version printed in {@code format} as a download named for the plan
   * ("1488-omsorgsnamnden-2024-v1.pdf").
   */
  public ResponseEntity<byte[]> download(
      PlanAccess.VisibleVersion version, DocumentFormat format, Integer year) {
    String name =
        PlanDocuments.fileName(version.plan().planKey(), version.version().number(), format);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .contentType(MediaType.parseMediaType(format.mediaType()))
        .body(print(version, format, year));
  }
}
