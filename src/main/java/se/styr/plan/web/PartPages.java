package se.styr.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styr.plan.PartAddress;
import se.styr.plan.PartEditing;
import se.styr.plan.PartEdits;
import se.styr.plan.PartForm;
import se.styr.plan.PartKind;
import se.styr.plan.PartProblems;
import se.styr.plan.PartTree;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanParts;
import se.styr.plan.PlanStore;
import se.styr.security.Caller;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.shared.yaml.YamlFile;
import se.styr.version.PlanAccess;

/**
 * A plan's goal chain, commitments, savings measures, internal control, providers and operational
 * measures in the browser: an index of every kind of part, a page per list (its items, moved and
 * removed in place, and a form that adds one), a page per item (its fields as a form, checked as
 * one types, and its own lists). Every change goes through {@link PartEditing}: the plan file's
 * rules, the version held, audited and undoable from the change log.
 */
@Controller
class PartPages {
  private static final int LONGEST_TITLE = 140;

  private final PlanStore plans;
  private final PlanAccess access;
  private final PartEditing editing;

  PartPages(PlanStore plans, PlanAccess access, PartEditing editing) {
    this.plans = plans;
    this.access = access;
    this.editing = editing;
  }

  /** A kind on the index: its name, how many items the plan has, where its page is. */
  record KindRow(Text label, String href, Integer count) {}

  /** A step of the way back from a part to the index. */
  record Crumb(Text label, String href) {}

  /** An item as a list shows it. */
  record ItemRow(
      String selector, String title, String href, boolean first, boolean last, boolean canChange) {}

  /** A list inside an item (the targets of an indicator), shown on the item's page. */
  record ChildList(String id, Text label, String href, List<ItemRow> items) {}

  @GetMapping("/plans/{planId}/versions/{number}/parts")
  String index(@PathVariable long planId, @PathVariable int number, Model model) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    PlanNav.add(model, access, version, plan, "parts");
    String base = base(planId, number);
    model.addAttribute("kinds", rows(plan, base, PlanParts.all()));
    model.addAttribute("contentKinds", rows(plan, base, PlanParts.contentKinds()));
    return "plan/parts";
  }

  private static List<KindRow> rows(PlanDocument plan, String base, List<PartKind> of) {
    List<KindRow> kinds = new ArrayList<>();
    PartTree tree = null;
    for (PartKind kind : of) {
      PartAddress address = PartAddress.parse(kind.name());
      if (tree == null) {
        tree = tree(plan, address);
      }
      Integer count =
          kind.single()
              ? null
              : tree.list(address, false)
                  .map(
                      l ->
                          (int)
                              l.getValue().stream()
                                  .filter(
                                      n -> n instanceof MappingNode m && PlanParts.holds(kind, m))
                                  .count())
                  .orElse(0);
      kinds.add(new KindRow(Text.of(kind.label()), base + "/" + kind.name(), count));
    }
    return kinds;
  }

  @GetMapping("/plans/{planId}/versions/{number}/parts/{*address}")
  String page(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String address,
      Model model) {
    PartAddress at = PartAddress.parse(address);
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    return show(planId, number, version, plan, at, null, null, model);
  }

  @PostMapping("/plans/{planId}/versions/{number}/parts/{*address}")
  String change(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String address,
      @RequestParam(defaultValue = "save") String action,
      @RequestParam(defaultValue = "") String basis,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    PartAddress at = PartAddress.parse(address);
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    Caller caller = access.caller();
    String base = base(planId, number);
    Map<String, String> typed = typed(at.kind(), request);
    try {
      switch (action) {
        case "check" -> {
          PartProblems problems = editing.check(planId, number, at, typed, caller).orElse(null);
          model.addAttribute("check", new PartForms.Check(problems != null, problems));
          model.addAttribute("fields", PartForms.labels(at.kind()));
          return "plan/part-fields :: check";
        }
        case "remove" -> {
          editing.remove(planId, number, at, caller);
          redirect.addFlashAttribute("changed", "removed");
          return "redirect:" + base + "/" + at.list().path();
        }
        case "up", "down" -> {
          editing.move(planId, number, at, action.equals("up"), caller);
          redirect.addFlashAttribute("changed", "moved");
          return "redirect:" + base + "/" + at.list().path() + "#i-" + at.last().selector();
        }
        case "save" -> {
          PartEdits.Outcome outcome =
              editing.save(planId, number, at, typed, at.isList() ? null : basis, caller);
          redirect.addFlashAttribute("changed", "saved");
          return "redirect:" + base + "/" + outcome.address().path();
        }
        default -> throw StyrException.rule(Text.of("part.unknownAction", action));
      }
    } catch (PartProblems problems) {
      response.setStatus(422);
      PlanDocument plan = plans.load(version.versionId());
      return show(planId, number, version, plan, at, typed, problems, model);
    } catch (StyrException e) {
      if (e.code() == ErrorCode.FORBIDDEN || e.code() == ErrorCode.NOT_FOUND) {
        throw e;
      }
      redirect.addFlashAttribute("refused", e.text());
      return "redirect:" + base + "/" + (action.equals("save") ? at.path() : at.list().path());
    }
  }

  private static Map<String, String> typed(PartKind kind, HttpServletRequest request) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put(PartEdits.AFTER, request.getParameter("after"));
    if (kind.keyed()) {
      typed.put(kind.keyName(), request.getParameter(kind.keyName()));
    }
    kind.fields()
        .forEach(
            f -> {
              String[] values = request.getParameterValues(f.name());
              typed.put(f.name(), values == null ? "" : String.join(", ", values));
            });
    return typed;
  }

  private String show(
      long planId,
      int number,
      PlanAccess.VisibleVersion version,
      PlanDocument plan,
      PartAddress at,
      Map<String, String> typed,
      PartProblems problems,
      Model model) {
    PlanNav.add(model, access, version, plan, "parts");
    Caller caller = access.caller();
    boolean draft = !version.decided();
    boolean edits = draft && caller.canEditSomething(version.scope());
    String base = base(planId, number);
    PartTree tree = tree(plan, at);
    PartKind kind = at.kind();
    model.addAttribute("kind", kind);
    model.addAttribute("shapeHref", shapeHref(planId, number, at));
    model.addAttribute("kindLabel", Text.of(kind.label()));
    model.addAttribute("crumbs", crumbs(base, tree, at));
    model.addAttribute("problems", problems);
    model.addAttribute("base", base);
    model.addAttribute("address", at.path());
    PartForms forms = new PartForms(plan);
    if (at.isList()) {
      model.addAttribute("items", items(base, tree, plan, at, caller, version, draft));
      model.addAttribute(
          "canAdd",
          !kind.fixed()
              && (kind.owner() == null ? inherited(caller, version, plan, at, draft) : edits));
      model.addAttribute(
          "form", forms.form(kind, typed == null ? Map.of() : typed, problems, true));
      model.addAttribute("itemTitle", null);
      return "plan/part";
    }
    MappingNode item = kind.single() ? groupOrEmpty(tree, at) : tree.find(at).item();
    String itemText = item.getValue().isEmpty() ? null : PartTree.text(item);
    model.addAttribute("basis", PartEdits.basis(itemText));
    Map<String, String> shown = typed != null ? typed : PartForm.values(kind, item);
    model.addAttribute("form", forms.form(kind, shown, problems, false));
    model.addAttribute("itemTitle", title(kind, item, at));
    model.addAttribute(
        "canChange",
        kind.owner() == null
            ? inherited(caller, version, plan, at, draft)
            : draft && canChange(caller, version, kind, item));
    List<ChildList> children = new ArrayList<>();
    for (PartKind child : kind.children()) {
      PartAddress list = at.child(child);
      children.add(
          new ChildList(
              child.name(),
              Text.of(child.label()),
              base + "/" + list.path(),
              items(base, tree, plan, list, caller, version, draft)));
    }
    model.addAttribute("children", children);
    model.addAttribute("items", null);
    return "plan/part";
  }

  private static MappingNode groupOrEmpty(PartTree tree, PartAddress at) {
    try {
      return tree.find(at).item();
    } catch (StyrException e) {
      return PartTree.emptyMap();
    }
  }

  private static boolean canChange(
      Caller caller, PlanAccess.VisibleVersion version, PartKind kind, MappingNode item) {
    if (caller.canManage(version.scope())) {
      return true;
    }
    String named = PartTree.scalar(item, kind.owner()).orElse(null);
    return kind.owner().equals("area")
        ? caller.canChangeArea(version.scope(), named)
        : caller.canChangeGoal(version.scope(), named);
  }

  /**
   * Whether the caller changes a part of a kind without an owner of its own: whoever manages the
   * plan; inside an item owned by an area or goal (an indicator's targets), an editor of that.
   */
  private static boolean inherited(
      Caller caller,
      PlanAccess.VisibleVersion version,
      PlanDocument plan,
      PartAddress at,
      boolean draft) {
    return draft
        && PartEditing.coversOwner(caller, version.scope(), plan, at)
            .orElse(caller.canManage(version.scope()));
  }

  private List<ItemRow> items(
      String base,
      PartTree tree,
      PlanDocument plan,
      PartAddress list,
      Caller caller,
      PlanAccess.VisibleVersion version,
      boolean draft) {
    Optional<SequenceNode> nodes;
    try {
      nodes = tree.list(list, false);
    } catch (StyrException e) {
      nodes = Optional.empty();
    }
    List<ItemRow> rows = new ArrayList<>();
    if (nodes.isEmpty()) {
      return rows;
    }
    List<org.snakeyaml.engine.v2.nodes.Node> all = nodes.get().getValue();
    PartKind kind = list.kind();
    for (int i = 0; i < all.size(); i++) {
      if (!(all.get(i) instanceof MappingNode item) || !PlanParts.holds(kind, item)) {
        continue;
      }
      String selector = PartTree.selector(kind, nodes.get(), i);
      PartAddress address = list.item(selector);
      rows.add(
          new ItemRow(
              selector,
              title(kind, item, address),
              base + "/" + address.path(),
              i == 0,
              i == all.size() - 1,
              draft
                  && !kind.fixed()
                  && (kind.owner() == null
                      ? inherited(caller, version, plan, list, true)
                      : canChange(caller, version, kind, item))));
    }
    return rows;
  }

  private static String title(PartKind kind, MappingNode item, PartAddress address) {
    String title =
        kind.titleField() == null
            ? null
            : PartTree.scalar(item, kind.titleField()).map(String::strip).orElse(null);
    if (title == null || title.isEmpty()) {
      return address.last().selector() == null ? "" : address.last().selector();
    }
    title = title.replaceAll("\\s+", " ");
    return title.length() > LONGEST_TITLE ? title.substring(0, LONGEST_TITLE - 1) + "…" : title;
  }

  private static List<Crumb> crumbs(String base, PartTree tree, PartAddress at) {
    List<Crumb> crumbs = new ArrayList<>();
    crumbs.add(new Crumb(Text.of("part.index"), base));
    List<PartAddress.Step> steps = at.steps();
    for (int i = 0; i < steps.size(); i++) {
      PartAddress upTo = new PartAddress(steps.subList(0, i + 1));
      PartAddress.Step step = steps.get(i);
      PartAddress list = step.kind().single() ? upTo : upTo.list();
      crumbs.add(new Crumb(Text.of(step.kind().label()), base + "/" + list.path()));
      if (step.selector() != null) {
        String title;
        try {
          title = title(step.kind(), tree.find(upTo).item(), upTo);
        } catch (StyrException e) {
          title = step.selector();
        }
        crumbs.add(new Crumb(Text.verbatim(title), base + "/" + upTo.path()));
      }
    }
    return crumbs.subList(0, crumbs.size() - 1);
  }

  private static PartTree tree(PlanDocument plan, PartAddress at) {
    return new PartTree(YamlFile.tree(plan.displayName(), PartEdits.document(plan, at)));
  }

  /**
   * For a table or its rows and columns: the table's shape page, where rows and columns are added,
   * removed and moved with their figures; else null.
   */
  private static String shapeHref(long planId, int number, PartAddress at) {
    PartAddress.Step top = at.steps().get(0);
    if (!top.kind().name().equals("tables") || top.selector() == null) {
      return null;
    }
    return "/plans/" + planId + "/versions/" + number + "/budget/" + top.selector() + "/shape";
  }

  private static String base(long planId, int number) {
    return "/plans/" + planId + "/versions/" + number + "/parts";
  }
}
