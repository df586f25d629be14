package se.styr.documents.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.styr.budget.BudgetTable;
import se.styr.budget.TableKind;
import se.styr.charts.OperatingBudgetChart;
import se.styr.documents.model.DocumentLayout.Part;
import se.styr.documents.model.DocumentLayout.Placement;
import se.styr.forecast.ScbPopulation;
import se.styr.plan.Block;
import se.styr.plan.PlanDocument;
import se.styr.texts.Section;
import se.styr.version.Decision;
import se.styr.version.PlanHeader;
import se.styr.version.PlanPeriod;
import se.styr.version.PlanStatus;

/**
 * Prints a plan version as a {@link PrintedPlan}: the title page from the plan's header and
 * decisions, the plan's sections and tables in their order (a table printed twice appears twice),
 * and the parts that come from its data where the municipality's layout puts them. Plain Java: the
 * same document serves the web page, the PDF, the DOCX and the command line.
 */
public final class PlanPrinter {
  private final PlanDocument plan;
  private final DocumentLayout layout;
  private final int year;
  private final ScbPopulation population;
  private final Body body = new Body();
  private final CommitmentsPrint commitments;

  private PlanPrinter(
      PlanDocument plan, DocumentLayout layout, int year, ScbPopulation population) {
    this.plan = plan;
    this.layout = layout;
    this.year = year;
    this.population = population;
    this.commitments = new CommitmentsPrint(plan, plan.areas());
  }

  /** The plan as a document, goals assessed for its budget year. */
  public static PrintedPlan print(PlanDocument plan, DocumentLayout layout) {
    return print(plan, layout, plan.header().period().budgetYear());
  }

  /**
   * The plan as a document, goals and indicators assessed for {@code year} where values allow it.
   */
  public static PrintedPlan print(PlanDocument plan, DocumentLayout layout, int year) {
    return print(plan, layout, year, ScbPopulation.NONE);
  }

  /**
   * The plan as a document, goals assessed for {@code year}; needs forecasts whose bands take their
   * population from SCB read it from {@code population} (SCB's, as stored for the municipality).
   */
  public static PrintedPlan print(
      PlanDocument plan, DocumentLayout layout, int year, ScbPopulation population) {
    return new PlanPrinter(plan, layout, year, population).print();
  }

  private PrintedPlan print() {
    Map<String, List<Placement>> anchored = new HashMap<>();
    List<Placement> trailing = new ArrayList<>();
    List<Placement> appendices = new ArrayList<>();
    Set<String> sectionKeys = new HashSet<>();
    plan.sections().forEach(s -> sectionKeys.add(s.key()));
    for (Placement placement : layout.allPlacements()) {
      if (placement.appendix()) {
        appendices.add(placement);
      } else if (placement.after() != null && sectionKeys.contains(placement.after())) {
        anchored.computeIfAbsent(placement.after(), k -> new ArrayList<>()).add(placement);
      } else {
        // Placed after all sections, or after a section this plan does not have: nothing is left
        // out.
        trailing.add(placement);
      }
    }
    int sectionLevel = 1;
    for (Block block : plan.content()) {
      if (block instanceof Block.Text text) {
        Section section = text.section();
        if (section.title() != null) {
          body.heading(section.level(), section.title(), "s-" + section.key());
        }
        body.prose(section.text());
        sectionLevel = section.level();
        for (Placement placement : anchored.getOrDefault(section.key(), List.of())) {
          part(
              placement,
              placement.level() != null ? placement.level() : sectionLevel + 1,
              placement.heading());
        }
      } else if (block instanceof Block.Table table) {
        table(table.table(), true);
      } else if (block instanceof Block.TableReference reference) {
        plan.table(reference.key()).ifPresent(t -> table(t, false));
      }
    }
    for (Placement placement : trailing) {
      part(
          placement,
          placement.level() != null ? placement.level() : 1,
          placement.heading() != null ? placement.heading() : defaultHeading(placement.part()));
    }
    int number = 0;
    for (Placement placement : appendices) {
      if (isEmpty(placement.part())) {
        continue;
      }
      body.pageBreak();
      number++;
      String name =
          placement.heading() != null ? placement.heading() : defaultHeading(placement.part());
      part(placement, 1, DocumentWords.get("document.appendix", number, name));
    }
    PlanHeader header = plan.header();
    String municipality = plan.municipality().name();
    String committee = plan.committee().name();
    return new PrintedPlan(
        "sv",
        header.title(),
        DocumentWords.get("document.runningHeader", municipality, committee, header.title()),
        DocumentWords.get("document.description", municipality, committee, header.title()),
        titlePage(),
        plan.version().status() == PlanStatus.DRAFT ? DocumentWords.get("document.draft") : null,
        layout.contentsDepth(),
        body.blocks());
  }

  private void table(BudgetTable table, boolean first) {
    String anchor = body.anchor("t-" + table.key());
    body.table(TablePrint.of(table, anchor));
    if (first && layout.budgetCharts() && table.kind() == TableKind.OPERATING_SUMMARY) {
      String chart = body.anchor("diagram-" + table.key());
      try {
        body.figure(chart, OperatingBudgetChart.ofYears(table, chart));
      } catch (IllegalArgumentException e) {
        // A summary without budget or plan years (outcome only) has nothing to show over the years.
      }
    }
  }

  /**
   * Prints one part under {@code heading} at {@code level} (no heading: its items at {@code
   * level}); an empty part prints nothing.
   */
  private void part(Placement placement, int level, String heading) {
    Part part = placement.part();
    if (isEmpty(part)) {
      return;
    }
    int inner = level;
    if (heading != null) {
      body.heading(level, heading, "del-" + part.fileName());
      inner = level + 1;
    }
    switch (part) {
      case GOALS ->
          GoalChainPrint.print(
              plan.goals(),
              plan.municipality().scbCode(),
              year,
              layout.indicatorCharts(),
              inner,
              body);
      case RESERVATIONS -> ReservationPrint.print(plan.goals(), inner, true, body);
      case FORECASTS -> ForecastPrint.print(plan, population, inner, body);
      default -> commitments.print(part, inner, body);
    }
  }

  private boolean isEmpty(Part part) {
    return switch (part) {
      case GOALS -> GoalChainPrint.isEmpty(plan.goals());
      case RESERVATIONS -> plan.goals().reservations().isEmpty();
      case FORECASTS -> ForecastPrint.isEmpty(plan);
      default -> commitments.isEmpty(part);
    };
  }

  private static String defaultHeading(Part part) {
    return DocumentWords.get("document.part." + part.fileName());
  }

  private TitlePage titlePage() {
    PlanHeader header = plan.header();
    List<TitlePage.Fact> facts = new ArrayList<>();
    boolean decided = plan.version().status() == PlanStatus.DECIDED;
    facts.add(
        fact(
            "document.title.status",
            DocumentWords.get(
                decided ? "document.title.status.decided" : "document.title.status.draft")));
    List<Decision> decisions = plan.version().decisions();
    if (!decisions.isEmpty()) {
      Decision last = decisions.get(decisions.size() - 1);
      if (last.date() != null) {
        facts.add(fact("document.title.decisionDate", last.date().toString()));
      }
      if (last.paragraph() != null) {
        facts.add(fact("document.title.paragraph", last.paragraph()));
      }
      if (last.dnr() != null) {
        facts.add(fact("document.title.dnr", last.dnr()));
      }
      if (last.body() != null) {
        facts.add(fact("document.title.body", last.body()));
      }
      if (last.note() != null) {
        facts.add(fact("document.title.decisionNote", last.note()));
      }
      for (Decision earlier : decisions.subList(0, decisions.size() - 1)) {
        String text = describe(earlier);
        if (!text.isEmpty()) {
          facts.add(fact("document.title.earlier", text));
        }
      }
    } else if (header.documentDate() != null) {
      facts.add(fact("document.title.date", header.documentDate().toString()));
    }
    if (header.chair() != null) {
      facts.add(fact("document.title.chair", header.chair()));
    }
    if (header.officer() != null) {
      facts.add(fact("document.title.officer", header.officer()));
    }
    facts.add(fact("document.title.version", String.valueOf(plan.version().number())));
    return new TitlePage(
        plan.municipality().name(),
        plan.committee().name(),
        header.title(),
        period(header.period()),
        facts);
  }

  /**
   * "2024-01-24, § 5, SON23.126, Stöd- och omsorgsnämnden": what of an earlier decision is known.
   */
  private static String describe(Decision decision) {
    List<String> parts = new ArrayList<>();
    if (decision.date() != null) {
      parts.add(decision.date().toString());
    }
    if (decision.paragraph() != null) {
      parts.add(decision.paragraph());
    }
    if (decision.dnr() != null) {
      parts.add(decision.dnr());
    }
    if (decision.body() != null) {
      parts.add(decision.body());
    }
    return String.join(", ", parts);
  }

  /** The years the plan decides: the budget year through the last plan year ("2025–2029"). */
  private static String period(PlanPeriod period) {
    List<Integer> years = period.planYears();
    return years.isEmpty()
        ? String.valueOf(period.budgetYear())
        : period.budgetYear() + "–" + years.get(years.size() - 1);
  }

  private static TitlePage.Fact fact(String key, String value) {
    return new TitlePage.Fact(DocumentWords.get(key), value);
  }
}
