package se.styr.budget.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.StaleTableException;
import se.styr.budget.TableEditing;
import se.styr.budget.TableJson;
import se.styr.budget.TableStore;
import se.styr.checks.Finding;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStore;
import se.styr.plan.web.DecidedViews;
import se.styr.plan.web.PlanNav;
import se.styr.shared.InvalidValueException;
import se.styr.shared.StyrException;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;

/**
 * Every budget table of a version, and changing a figure in place: the cell's form posts the new
 * figure with the lock version it was read at; the answer is the table again, recomputed, with its
 * findings. A stale figure is refused with who changed it and the current value; what the person
 * typed stays in the field.
 */
@Controller
class BudgetPages {
  private final PlanStore plans;
  private final DecidedViews views;
  private final PlanAccess access;
  private final TableEditing editing;

  BudgetPages(PlanStore plans, DecidedViews views, PlanAccess access, TableEditing editing) {
    this.plans = plans;
    this.views = views;
    this.access = access;
    this.editing = editing;
  }

  /**
   * The cell being edited, what was typed, and why it was not saved (shown in the visitor's
   * language).
   */
  record Editing(
      String tableKey,
      String rowKey,
      String columnKey,
      String rowLabel,
      String columnLabel,
      String input,
      int lockVersion,
      Text error,
      String changedBy,
      String currentValue) {}

  @GetMapping("/plans/{planId}/versions/{number}/budget")
  String tables(@PathVariable long planId, @PathVariable int number, Model model) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    PlanNav.add(model, access, version, plan, "budget");
    model.addAttribute("tables", views(version, plan));
    if (!model.containsAttribute("workbookTable")) {
      model.addAttribute("workbookTable", null);
      model.addAttribute("workbookProblems", java.util.List.of());
      model.addAttribute("workbookChanges", 0);
      model.addAttribute("pastedTable", false);
    }
    return "budget/budget";
  }

  /**
   * A draft table's figures read in from the workbook it was fetched as (a controller): every
   * figure or, for a wrong cell or a broken rule, none, with the problems shown at the table.
   */
  @PostMapping("/plans/{planId}/versions/{number}/budget/{tableKey}/workbook")
  String fromWorkbook(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String tableKey,
      @org.springframework.web.bind.annotation.RequestParam int lockVersion,
      @org.springframework.web.bind.annotation.RequestParam("file")
          org.springframework.web.multipart.MultipartFile file,
      Model model,
      jakarta.servlet.http.HttpServletResponse response,
      org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
    return replaceFrom(
        planId,
        number,
        tableKey,
        false,
        lockVersion,
        table -> {
          try (java.io.InputStream in = file.getInputStream()) {
            return se.styr.budget.TableWorkbookReader.read(in, tableKey + ".xlsx", table);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        },
        model,
        response,
        redirect);
  }

  /**
   * Figures pasted from Excel or Word into a draft's table (tab-separated), read as {@link
   * se.styr.budget.TablePaste} says and stored whole, or every wrong line and cell named.
   */
  @org.springframework.web.bind.annotation.PostMapping(
      "/plans/{planId}/versions/{number}/budget/{tableKey}/paste")
  String fromPaste(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String tableKey,
      @org.springframework.web.bind.annotation.RequestParam int lockVersion,
      @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String pasted,
      Model model,
      jakarta.servlet.http.HttpServletResponse response,
      org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
    return replaceFrom(
        planId,
        number,
        tableKey,
        true,
        lockVersion,
        table -> se.styr.budget.TablePaste.read(pasted, tableKey, table),
        model,
        response,
        redirect);
  }

  /** A table replaced by what {@code read} makes of it, or the page again with its problems. */
  private String replaceFrom(
      long planId,
      int number,
      String tableKey,
      boolean pasted,
      int lockVersion,
      java.util.function.Function<
              se.styr.budget.BudgetTable, se.styr.budget.TableWorkbookReader.Read>
          reader,
      Model model,
      jakarta.servlet.http.HttpServletResponse response,
      org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    TableStore.StoredTable stored = editing.table(version.versionId(), tableKey);
    java.util.List<Text> problems = new java.util.ArrayList<>();
    try {
      se.styr.budget.TableWorkbookReader.Read read = reader.apply(stored.table());
      editing.replaceTable(planId, number, read.table(), lockVersion, access.caller());
      redirect.addFlashAttribute("workbookTable", tableKey);
      redirect.addFlashAttribute("workbookProblems", java.util.List.of());
      redirect.addFlashAttribute("workbookChanges", read.changes().size());
      redirect.addFlashAttribute("pastedTable", pasted);
      return "redirect:/plans/" + planId + "/versions/" + number + "/budget#t-" + tableKey;
    } catch (se.styr.shared.file.BadFileException e) {
      response.setStatus(400);
      e.problems().stream().limit(20).forEach(p -> problems.add(p.text()));
    } catch (se.styr.shared.RuleViolation e) {
      response.setStatus(422);
      e.problems().forEach(p -> problems.add(p.text()));
    } catch (StyrException e) {
      if (e.code() == se.styr.shared.ErrorCode.FORBIDDEN) {
        throw e;
      }
      response.setStatus(se.styr.web.ErrorStatus.of(e.code()).value());
      problems.add(e.text());
    }
    model.addAttribute("workbookTable", tableKey);
    model.addAttribute("workbookProblems", problems);
    model.addAttribute("workbookChanges", 0);
    model.addAttribute("pastedTable", pasted);
    model.addAttribute("pastedTable", pasted);
    return tables(planId, number, model);
  }

  @GetMapping("/plans/{planId}/versions/{number}/budget/{tableKey}/cells/{rowKey}/{columnKey}")
  String editCell(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String tableKey,
      @PathVariable String rowKey,
      @PathVariable String columnKey,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    TableStore.StoredTable stored = editing.table(version.versionId(), tableKey);
    PlanDocument plan = plans.load(version.versionId());
    TableView view = view(version, plan, stored, findings(version, plan));
    TableView.CellView cell = cell(view, rowKey, columnKey);
    if (!cell.editable()) {
      throw StyrException.forbidden(Text.of("budget.error.figureForbidden"));
    }
    model.addAttribute(
        "editing",
        new Editing(
            tableKey,
            rowKey,
            columnKey,
            row(view, rowKey).label(),
            label(view, columnKey),
            cell.input(),
            view.lockVersion(),
            null,
            null,
            null));
    return table(version, plan, view, htmx, model);
  }

  @PostMapping("/plans/{planId}/versions/{number}/budget/{tableKey}/cells/{rowKey}/{columnKey}")
  String saveCell(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String tableKey,
      @PathVariable String rowKey,
      @PathVariable String columnKey,
      @RequestParam String value,
      @RequestParam int lockVersion,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model,
      HttpServletResponse response) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    Optional<BigDecimal> parsed =
        value.isBlank() ? Optional.empty() : SwedishNumbers.parse(value.strip());
    Text error = null;
    String changedBy = null;
    String current = null;
    if (!value.isBlank() && parsed.isEmpty()) {
      error = Text.of("budget.error.notNumber", value);
      response.setStatus(422);
    } else {
      try {
        Cell cell = TableJson.cellOf(new TableJson.Value(parsed.orElse(null), null), rowKey);
        editing.changeCell(
            planId, number, tableKey, rowKey, columnKey, cell, lockVersion, access.caller());
      } catch (StaleTableException stale) {
        error = Text.of("budget.error.staleCell");
        changedBy =
            stale.current().changedBy()
                + (stale.current().changeSummary() == null
                    ? ""
                    : ": " + stale.current().changeSummary());
        response.setStatus(409);
      } catch (IllegalArgumentException e) {
        error = InvalidValueException.textOf(e);
        response.setStatus(422);
      }
    }
    PlanDocument plan = plans.load(version.versionId());
    TableView view =
        view(version, plan, editing.table(version.versionId(), tableKey), findings(version, plan));
    if (error != null) {
      current = cell(view, rowKey, columnKey).text();
      model.addAttribute(
          "editing",
          new Editing(
              tableKey,
              rowKey,
              columnKey,
              row(view, rowKey).label(),
              label(view, columnKey),
              value,
              view.lockVersion(),
              error,
              changedBy,
              current));
    } else if (htmx == null) {
      return "redirect:/plans/" + planId + "/versions/" + number + "/budget#t-" + tableKey;
    }
    return table(version, plan, view, htmx, model);
  }

  private String table(
      PlanAccess.VisibleVersion version,
      PlanDocument plan,
      TableView view,
      String htmx,
      Model model) {
    model.addAttribute("table", view);
    PlanNav.add(model, access, version, plan, "budget");
    if (htmx != null) {
      return "budget/budget :: table";
    }
    model.addAttribute(
        "tables",
        views(version, plan).stream().map(t -> t.key().equals(view.key()) ? view : t).toList());
    return "budget/budget";
  }

  private List<TableView> views(PlanAccess.VisibleVersion version, PlanDocument plan) {
    var states = editing.tables(version.versionId());
    List<Finding> findings = findings(version, plan);
    return plan.tables().stream()
        .map(t -> view(version, plan, states.get(t.key()), findings))
        .toList();
  }

  private List<Finding> findings(PlanAccess.VisibleVersion version, PlanDocument plan) {
    return views.computed(version, "findings", plan::findings);
  }

  private TableView view(
      PlanAccess.VisibleVersion version,
      PlanDocument plan,
      TableStore.StoredTable stored,
      List<Finding> findings) {
    BudgetTable table = stored.table();
    Map<String, BudgetTable> tables = new java.util.HashMap<>();
    plan.tables().forEach(t -> tables.put(t.key(), t));
    return TableView.of(
        table,
        tables,
        stored.state(),
        findings,
        access.caller(),
        version.scope(),
        !version.decided());
  }

  private static TableView.RowView row(TableView view, String rowKey) {
    return view.rows().stream()
        .filter(r -> r.key().equals(rowKey))
        .findFirst()
        .orElseThrow(() -> StyrException.notFound(Text.of("budget.error.noRowKey", rowKey)));
  }

  private static TableView.CellView cell(TableView view, String rowKey, String columnKey) {
    return row(view, rowKey).cells().stream()
        .filter(c -> c.columnKey().equals(columnKey))
        .findFirst()
        .orElseThrow(() -> StyrException.notFound(Text.of("budget.error.noColumnKey", columnKey)));
  }

  private static String label(TableView view, String columnKey) {
    return view.columns().get(view.columnKeys().indexOf(columnKey));
  }
}
