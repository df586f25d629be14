package se.styr.followup.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import se.styr.followup.AreaEconomy;
import se.styr.followup.EconomyLine;
import se.styr.followup.GrossEconomy;
import se.styr.followup.ProjectEconomy;
import se.styr.imports.excel.ForecastWorkbook;
import se.styr.imports.excel.ForecastWorkbook.Column;
import se.styr.imports.excel.ForecastWorkbook.Form;

/**
 * An occasion's economic tables as workbooks, and what a filled one changes: the forecast workbook
 * and the economy table per area, the investment table per project, the gross table per area the
 * plan budgets gross. Who may write what is the {@link Reporter}'s: areas the caller reports, and
 * the projects only for whoever manages the plan (as on the occasion page).
 */
public final class OccasionWorkbooks {
  private OccasionWorkbooks() {}

  /** Which rows a caller reports: areas by key, and whether the investment projects. */
  public record Reporter(Predicate<String> area, boolean projects) {
    /** The same caller writing only the areas {@code areas} names. */
    public Reporter only(Set<String> areas) {
      return new Reporter(a -> areas.contains(a) && area.test(a), projects);
    }
  }

  /** One figure a workbook changes, named as {@link Column#figure()} names it, and its cell. */
  public record FigureChange(String figure, String cell, BigDecimal before, BigDecimal after) {}

  /**
   * What a workbook changes on one row: an area or (with {@code project}) an investment project,
   * each changed figure, and the comment before and after (the same when unchanged) with its cell
   * (null in a workbook without comments).
   */
  public record Change(
      String key,
      boolean project,
      List<FigureChange> figures,
      String commentCell,
      String commentBefore,
      String commentAfter) {
    public Change {
      figures = List.copyOf(figures);
    }

    public boolean commentChanged() {
      return !Objects.equals(commentBefore, commentAfter);
    }
  }

  /** The entries to store (areas and projects as they become) and what changes. */
  public record Changes(
      List<AreaEconomy> areas, List<ProjectEconomy> projects, List<Change> changes) {}

  /** The keys a workbook in each form may name for {@code reporter}. */
  public static Function<Form, Set<String>> keys(FollowUps.Loaded loaded, Reporter reporter) {
    return form -> {
      Set<String> keys = new LinkedHashSet<>();
      rows(loaded, reporter, form).forEach(line -> keys.add(line.key()));
      return keys;
    };
  }

  /** The workbook in {@code form} with the rows {@code reporter} writes. */
  public static byte[] write(FollowUps.Loaded loaded, Reporter reporter, Form form) {
    FollowUpReport report = loaded.report();
    return ForecastWorkbook.write(
        form,
        loaded.plan().committee().name(),
        report.occasion().title(),
        report.occasion().deadline(),
        form.projects() ? report.investmentUnit() : report.unit(),
        rows(loaded, reporter, form));
  }

  /** Whether the occasion has rows for a workbook in {@code form} at all. */
  public static boolean has(FollowUps.Loaded loaded, Form form) {
    return switch (form) {
      case INVESTMENTS -> !loaded.investments().lines().isEmpty();
      case GROSS -> !loaded.gross().isEmpty();
      default -> !loaded.economy().lines().isEmpty();
    };
  }

  private static List<ForecastWorkbook.Line> rows(
      FollowUps.Loaded loaded, Reporter reporter, Form form) {
    FollowUpReport report = loaded.report();
    return switch (form) {
      case INVESTMENTS -> {
        if (!reporter.projects()) {
          yield List.of();
        }
        Map<String, String> comments = new LinkedHashMap<>();
        report.investments().forEach(p -> comments.put(p.project(), p.comment()));
        yield loaded.investments().lines().stream()
            .map(l -> line(l, comments.get(l.area())))
            .toList();
      }
      case GROSS ->
          loaded.gross().lines().stream()
              .filter(l -> reporter.area().test(l.area()))
              .map(
                  l -> {
                    Map<Column, BigDecimal> figures = new EnumMap<>(Column.class);
                    put(figures, Column.REVENUE_BUDGET, l.revenue().budget());
                    put(figures, Column.REVENUE_OUTCOME, l.revenue().outcomeToDate());
                    put(figures, Column.REVENUE_FORECAST, l.revenue().forecast());
                    put(figures, Column.COST_BUDGET, l.cost().budget());
                    put(figures, Column.COST_OUTCOME, l.cost().outcomeToDate());
                    put(figures, Column.COST_FORECAST, l.cost().forecast());
                    return new ForecastWorkbook.Line(l.area(), l.name(), figures, null);
                  })
              .toList();
      default -> {
        Map<String, String> comments = new LinkedHashMap<>();
        report.economy().forEach(a -> comments.put(a.area(), a.comment()));
        yield loaded.economy().lines().stream()
            .filter(l -> reporter.area().test(l.area()))
            .map(l -> line(l, comments.get(l.area())))
            .toList();
      }
    };
  }

  private static ForecastWorkbook.Line line(EconomyLine l, String comment) {
    Map<Column, BigDecimal> figures = new EnumMap<>(Column.class);
    put(figures, Column.BUDGET, l.budget());
    put(figures, Column.BUDGET_TO_DATE, l.budgetToDate());
    put(figures, Column.OUTCOME, l.outcomeToDate());
    put(figures, Column.OUTCOME_LAST_YEAR, l.outcomeToDateLastYear());
    put(figures, Column.FORECAST, l.forecast());
    put(figures, Column.DEVIATION, l.deviation());
    return new ForecastWorkbook.Line(l.area(), l.name(), figures, comment);
  }

  private static void put(Map<Column, BigDecimal> figures, Column column, BigDecimal value) {
    if (value != null) {
      figures.put(column, value);
    }
  }

  /**
   * What {@code entries} (read from one workbook) change on the occasion: each row whose written
   * figures or comment differ from what is stored, with the entry as it becomes.
   */
  public static Changes changes(FollowUpReport report, List<ForecastWorkbook.Entry> entries) {
    Map<String, AreaEconomy> areas = new LinkedHashMap<>();
    report.economy().forEach(a -> areas.put(a.area(), a));
    Map<String, ProjectEconomy> projects = new LinkedHashMap<>();
    report.investments().forEach(p -> projects.put(p.project(), p));
    List<AreaEconomy> changedAreas = new ArrayList<>();
    List<ProjectEconomy> changedProjects = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    for (ForecastWorkbook.Entry entry : entries) {
      Form form = entry.form();
      Map<Column, BigDecimal> before;
      String commentBefore;
      if (form.projects()) {
        ProjectEconomy project =
            projects.getOrDefault(entry.key(), ProjectEconomy.budgeted(entry.key(), null, null));
        before = figures(project);
        commentBefore = project.comment();
      } else {
        AreaEconomy area =
            areas.getOrDefault(entry.key(), AreaEconomy.budgeted(entry.key(), null, null));
        before = figures(area);
        commentBefore = area.comment();
      }
      String commentAfter = form.open(Column.COMMENT) ? entry.comment() : commentBefore;
      List<FigureChange> figures = new ArrayList<>();
      for (Column column : form.written()) {
        if (!same(before.get(column), entry.figure(column))) {
          figures.add(
              new FigureChange(
                  column.figure(), entry.cell(column), before.get(column), entry.figure(column)));
        }
      }
      if (figures.isEmpty() && Objects.equals(commentBefore, commentAfter)) {
        continue;
      }
      changes.add(
          new Change(
              entry.key(),
              form.projects(),
              figures,
              form.open(Column.COMMENT) ? entry.cell(Column.COMMENT) : null,
              commentBefore,
              commentAfter));
      if (form.projects()) {
        ProjectEconomy project =
            projects.getOrDefault(entry.key(), ProjectEconomy.budgeted(entry.key(), null, null));
        changedProjects.add(
            new ProjectEconomy(
                project.project(),
                null,
                project.budget(),
                after(form, entry, Column.OUTCOME, project.outcomeToDate()),
                after(form, entry, Column.FORECAST, project.forecast()),
                commentAfter));
      } else {
        AreaEconomy area =
            areas.getOrDefault(entry.key(), AreaEconomy.budgeted(entry.key(), null, null));
        GrossEconomy gross = area.gross();
        changedAreas.add(
            area.withOutcome(
                    after(form, entry, Column.OUTCOME, area.outcomeToDate()),
                    after(form, entry, Column.OUTCOME_LAST_YEAR, area.outcomeToDateLastYear()))
                .withForecast(after(form, entry, Column.FORECAST, area.forecast()), commentAfter)
                .withGross(
                    new GrossEconomy(
                        new GrossEconomy.Figures(
                            gross.revenue().budget(),
                            after(
                                form,
                                entry,
                                Column.REVENUE_OUTCOME,
                                gross.revenue().outcomeToDate()),
                            after(
                                form, entry, Column.REVENUE_FORECAST, gross.revenue().forecast())),
                        new GrossEconomy.Figures(
                            gross.cost().budget(),
                            after(form, entry, Column.COST_OUTCOME, gross.cost().outcomeToDate()),
                            after(form, entry, Column.COST_FORECAST, gross.cost().forecast())))));
      }
    }
    return new Changes(changedAreas, changedProjects, changes);
  }

  /** The figure a column has after the entry: as read where the form writes it, else as before. */
  private static BigDecimal after(
      Form form, ForecastWorkbook.Entry entry, Column column, BigDecimal before) {
    return form.open(column) ? entry.figure(column) : before;
  }

  private static Map<Column, BigDecimal> figures(AreaEconomy area) {
    Map<Column, BigDecimal> figures = new EnumMap<>(Column.class);
    put(figures, Column.OUTCOME, area.outcomeToDate());
    put(figures, Column.OUTCOME_LAST_YEAR, area.outcomeToDateLastYear());
    put(figures, Column.FORECAST, area.forecast());
    put(figures, Column.REVENUE_OUTCOME, area.gross().revenue().outcomeToDate());
    put(figures, Column.REVENUE_FORECAST, area.gross().revenue().forecast());
    put(figures, Column.COST_OUTCOME, area.gross().cost().outcomeToDate());
    put(figures, Column.COST_FORECAST, area.gross().cost().forecast());
    return figures;
  }

  private static Map<Column, BigDecimal> figures(ProjectEconomy project) {
    Map<Column, BigDecimal> figures = new EnumMap<>(Column.class);
    put(figures, Column.OUTCOME, project.outcomeToDate());
    put(figures, Column.FORECAST, project.forecast());
    return figures;
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
