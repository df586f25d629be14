package se.styr.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.styr.budget.TextFigure;
import se.styr.organisation.OperationalArea;
import se.styr.plan.Block;
import se.styr.plan.PlanDocument;
import se.styr.texts.Section;
import se.styr.version.Decision;
import se.styr.version.PlanPeriod;
import se.styr.version.PlanStatus;
import se.styr.version.VersionSummary;

/**
 * A plan version as the REST API shows it: its header, decisions, areas and content in document
 * order.
 */
record VersionJson(
    long planId,
    String planKey,
    String municipalityCode,
    String municipality,
    String committeeKey,
    String committee,
    int number,
    PlanStatus status,
    Integer basedOn,
    Instant createdAt,
    String createdBy,
    String title,
    int budgetYear,
    List<Integer> historyYears,
    List<Integer> planYears,
    LocalDate documentDate,
    String chair,
    String officer,
    List<Decision> decisions,
    List<OperationalArea> areas,
    List<Part> content,
    List<Figure> textFigures,
    int findings) {

  /** One part of the content: a section with its Markdown, or a table (read it at its address). */
  record Part(
      String type,
      String key,
      String title,
      Integer level,
      String text,
      String kind,
      String address) {}

  record Figure(String key, String text, java.math.BigDecimal value, String unit, String equals) {}

  static VersionJson of(long planId, VersionSummary version, PlanDocument plan) {
    List<Part> parts = new ArrayList<>();
    String base = "/api/plans/" + planId + "/versions/" + version.number() + "/tables/";
    for (Block block : plan.content()) {
      if (block instanceof Block.Text text) {
        Section s = text.section();
        parts.add(new Part("section", s.key(), s.title(), s.level(), s.text(), null, null));
      } else if (block instanceof Block.Table t) {
        parts.add(
            new Part(
                "table",
                t.table().key(),
                t.table().title(),
                null,
                null,
                t.table().kind().fileName(),
                base + t.table().key()));
      } else if (block instanceof Block.TableReference r) {
        parts.add(new Part("table_reference", r.key(), null, null, null, null, base + r.key()));
      }
    }
    List<Figure> figures =
        plan.textFigures().stream()
            .map(
                (TextFigure f) ->
                    new Figure(f.key(), f.text(), f.value(), f.unit(), f.equals().toString()))
            .toList();
    PlanPeriod period = plan.header().period();
    return new VersionJson(
        planId,
        plan.planKey(),
        plan.municipality().code(),
        plan.municipality().name(),
        plan.committee().key(),
        plan.committee().name(),
        version.number(),
        version.status(),
        version.basedOn(),
        version.createdAt(),
        version.createdBy(),
        plan.header().title(),
        period.budgetYear(),
        period.historyYears(),
        period.planYears(),
        plan.header().documentDate(),
        plan.header().chair(),
        plan.header().officer(),
        plan.version().decisions(),
        plan.areas(),
        parts,
        figures,
        plan.findings().size());
  }
}
