package se.styr.budget.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styr.budget.BudgetTable;
import se.styr.budget.ColumnType;
import se.styr.budget.RowRole;
import se.styr.budget.TableEditing;
import se.styr.budget.TableShapes;
import se.styr.budget.TableStore;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStore;
import se.styr.plan.web.PlanNav;
import se.styr.shared.InvalidValueException;
import se.styr.shared.RuleProblem;
import se.styr.shared.RuleViolation;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;

/**
 * A draft table's rows and columns on a page of their own (issue 16): added, renamed, moved and
 * removed by whoever manages the plan ({@link TableShapes}); each change stored whole through
 * {@link TableEditing#replaceTable}, so the plan's rules and the table's lock version hold, and
 * audited. A refused change says why at the page's top.
 */
@Controller
class ShapePages {
  private final PlanStore plans;
  private final PlanAccess access;
  private final TableEditing editing;

  ShapePages(PlanStore plans, PlanAccess access, TableEditing editing) {
    this.plans = plans;
    this.access = access;
    this.editing = editing;
  }

  /** A row or column as the page lists it. */
  record Part(String key, String label, String kind, boolean first, boolean last) {}

  @GetMapping("/plans/{planId}/versions/{number}/budget/{tableKey}/shape")
  String page(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String tableKey,
      Model model) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    PlanNav.add(model, access, version, plan, "budget");
    TableStore.StoredTable stored = editing.table(version.versionId(), tableKey);
    BudgetTable table = stored.table();
    model.addAttribute("table", table);
    model.addAttribute("lockVersion", stored.state().lockVersion());
    model.addAttribute(
        "rows",
        java.util.stream.IntStream.range(0, table.rows().size())
            .mapToObj(
                i ->
                    new Part(
                        table.rows().get(i).key(),
                        table.rows().get(i).label(),
                        table.rows().get(i).role().name(),
                        i == 0,
                        i == table.rows().size() - 1))
            .toList());
    model.addAttribute(
        "columns",
        java.util.stream.IntStream.range(0, table.columns().size())
            .mapToObj(
                i ->
                    new Part(
                        table.columns().get(i).key(),
                        table.columns().get(i).label(),
                        table.columns().get(i).type().name(),
                        i == 0,
                        i == table.columns().size() - 1))
            .toList());
    model.addAttribute("roles", List.of(RowRole.ITEM, RowRole.SUBTOTAL, RowRole.TOTAL));
    model.addAttribute("types", Arrays.asList(ColumnType.values()));
    model.addAttribute("areas", plan.areas());
    model.addAttribute(
        "canChange", !version.decided() && access.caller().canManage(version.scope()));
    return "budget/shape";
  }

  @PostMapping("/plans/{planId}/versions/{number}/budget/{tableKey}/shape/rows")
  String addRow(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String tableKey,
      @RequestParam int lockVersion,
      @RequestParam(defaultValue = "") String label,
      @RequestParam(defaultValue = "ITEM") String role,
      @RequestParam(defaultValue = "") String area,
      RedirectAttributes redirect) {
    return change(
        planId,
        number,
        tableKey,
        lockVersion,
        redirect,
        t -> TableShapes.addRow(t, label, word(RowRole.class, role), area));
  }

  @PostMapping("/plans/{planId}/versions/{number}/budget/{tableKey}/shape/columns")
  String addColumn(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String tableKey,
      @RequestParam int lockVersion,
      @RequestParam(defaultValue = "") String label,
      @RequestParam(defaultValue = "BUDGET") String type,
      @RequestParam(defaultValue = "") String year,
      RedirectAttributes redirect) {
    return change(
        planId,
        number,
        tableKey,
        lockVersion,
        redirect,
        t -> {
          Integer y = null;
          if (!year.isBlank()) {
            try {
              y = Integer.valueOf(year.strip());
            } catch (NumberFormatException e) {
              throw new InvalidValueException(Text.of("budget.shape.year", year.strip()));
            }
          }
          return TableShapes.addColumn(t, label, word(ColumnType.class, type), y);
        });
  }

  /** Renames, moves or removes a row or a column. */
  @PostMapping(
      "/plans/{planId}/versions/{number}/budget/{tableKey}/shape/{part:rows|columns}/{key}/{action}")
  String changePart(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String tableKey,
      @PathVariable String part,
      @PathVariable String key,
      @PathVariable String action,
      @RequestParam int lockVersion,
      @RequestParam(defaultValue = "") String label,
      RedirectAttributes redirect) {
    boolean rows = part.equals("rows");
    return change(
        planId,
        number,
        tableKey,
        lockVersion,
        redirect,
        t ->
            switch (action) {
              case "rename" ->
                  rows
                      ? TableShapes.renameRow(t, key, label)
                      : TableShapes.renameColumn(t, key, label);
              case "up", "left" ->
                  rows ? TableShapes.moveRow(t, key, true) : TableShapes.moveColumn(t, key, true);
              case "down", "right" ->
                  rows ? TableShapes.moveRow(t, key, false) : TableShapes.moveColumn(t, key, false);
              case "remove" ->
                  rows ? TableShapes.removeRow(t, key) : TableShapes.removeColumn(t, key);
              default -> throw new InvalidValueException(Text.of("budget.shape.action", action));
            });
  }

  private static <E extends Enum<E>> E word(Class<E> kind, String word) {
    try {
      return Enum.valueOf(kind, word.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(Text.of("budget.shape.word", word));
    }
  }

  private String change(
      long planId,
      int number,
      String tableKey,
      int lockVersion,
      RedirectAttributes redirect,
      UnaryOperator<BudgetTable> change) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    try {
      BudgetTable table = editing.table(version.versionId(), tableKey).table();
      editing.replaceTable(planId, number, change.apply(table), lockVersion, access.caller());
      redirect.addFlashAttribute("changed", true);
    } catch (InvalidValueException e) {
      redirect.addFlashAttribute("refused", InvalidValueException.textOf(e));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute(
          "refused", Text.join("; ", e.problems().stream().map(RuleProblem::text).toList()));
    } catch (StyrException e) {
      if (e.code() == se.styr.shared.ErrorCode.FORBIDDEN) {
        throw e;
      }
      redirect.addFlashAttribute("refused", e.text());
    }
    return "redirect:/plans/" + planId + "/versions/" + number + "/budget/" + tableKey + "/shape";
  }
}
