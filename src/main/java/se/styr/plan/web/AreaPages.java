package se.styr.plan.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styr.organisation.AreaEvent;
import se.styr.organisation.OperationalArea;
import se.styr.plan.AreaEditing;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStore;
import se.styr.shared.RuleProblem;
import se.styr.shared.RuleViolation;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;

/**
 * A plan's operational areas on a page of their own: listed with their history for everyone who
 * reads the plan; in a draft, whoever manages it adds, renames, moves and removes them, each change
 * checked with the whole plan ({@link AreaEditing}); a refused change says why at the page's top.
 */
@Controller
class AreaPages {
  private final PlanStore plans;
  private final PlanAccess access;
  private final AreaEditing editing;

  AreaPages(PlanStore plans, PlanAccess access, AreaEditing editing) {
    this.plans = plans;
    this.access = access;
    this.editing = editing;
  }

  /** An area as the page lists it, with its history in words. */
  record Row(
      String key,
      String name,
      List<Text> history,
      boolean first,
      boolean last,
      boolean open,
      List<OperationalArea> mergeable) {}

  @GetMapping("/plans/{planId}/versions/{number}/areas")
  String page(@PathVariable long planId, @PathVariable int number, Model model) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    PlanNav.add(model, access, version, plan, "overview");
    List<OperationalArea> areas = plan.areas();
    int year = plan.header().period().budgetYear();
    List<OperationalArea> open = areas.stream().filter(a -> a.isValidIn(year)).toList();
    model.addAttribute(
        "areas",
        java.util.stream.IntStream.range(0, areas.size())
            .mapToObj(
                i -> {
                  OperationalArea area = areas.get(i);
                  return new Row(
                      area.key(),
                      area.name(),
                      area.events().stream().map(e -> event(e, area, areas)).toList(),
                      i == 0,
                      i == areas.size() - 1,
                      area.isValidIn(year),
                      open.stream().filter(a -> !a.key().equals(area.key())).toList());
                })
            .toList());
    model.addAttribute("budgetYear", String.valueOf(year));
    model.addAttribute(
        "canChange", !version.decided() && access.caller().canManage(version.scope()));
    return "plan/areas";
  }

  /** An event in words; a closing names the area it was merged into, if it was. */
  private static Text event(AreaEvent event, OperationalArea area, List<OperationalArea> areas) {
    if (event.type() == AreaEvent.Type.CLOSED) {
      for (OperationalArea other : areas) {
        for (AreaEvent merged : other.events()) {
          if (merged.type() == AreaEvent.Type.MERGED
              && merged.year() == event.year()
              && merged.from().contains(area.key())) {
            return Text.of(
                "plan.areas.event.mergedInto", String.valueOf(event.year()), other.name());
          }
        }
      }
    }
    return switch (event.type()) {
      case RENAMED -> Text.of("plan.areas.event.RENAMED", event.year(), event.formerName());
      case MERGED, MOVED ->
          Text.of(
              "plan.areas.event." + event.type().name(),
              event.year(),
              String.join(", ", event.from()));
      default -> Text.of("plan.areas.event." + event.type().name(), event.year());
    };
  }

  @PostMapping("/plans/{planId}/versions/{number}/areas")
  String add(
      @PathVariable long planId,
      @PathVariable int number,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String key,
      @RequestParam(defaultValue = "false") boolean created,
      RedirectAttributes redirect) {
    return done(
        planId, number, redirect, () -> editing.add(planId, number, name, key, created, caller()));
  }

  @PostMapping("/plans/{planId}/versions/{number}/areas/{key}/{action}")
  String change(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String key,
      @PathVariable String action,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String into,
      RedirectAttributes redirect) {
    return done(
        planId,
        number,
        redirect,
        () -> {
          switch (action) {
            case "close" -> editing.close(planId, number, key, caller());
            case "merge" -> editing.merge(planId, number, key, into, caller());
            case "rename" -> editing.rename(planId, number, key, name, caller());
            case "up", "down" -> editing.move(planId, number, key, action.equals("up"), caller());
            case "remove" -> editing.remove(planId, number, key, caller());
            default -> throw StyrException.rule(Text.of("plan.areas.unknownAction", action));
          }
          return key;
        });
  }

  private se.styr.security.Caller caller() {
    return access.caller();
  }

  /** Back to the page, saying what was done or why it was not. */
  private String done(
      long planId,
      int number,
      RedirectAttributes redirect,
      java.util.function.Supplier<String> change) {
    access.readable(planId, number);
    try {
      String key = change.get();
      redirect.addFlashAttribute("changed", key);
    } catch (RuleViolation e) {
      redirect.addFlashAttribute(
          "refused", Text.join("; ", e.problems().stream().map(RuleProblem::text).toList()));
    } catch (StyrException e) {
      if (e.code() == se.styr.shared.ErrorCode.FORBIDDEN) {
        throw e;
      }
      redirect.addFlashAttribute("refused", e.text());
    }
    return "redirect:/plans/" + planId + "/versions/" + number + "/areas";
  }
}
