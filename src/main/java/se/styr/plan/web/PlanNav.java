package se.styr.plan.web;

import org.springframework.ui.Model;
import se.styr.plan.PlanDocument;
import se.styr.version.PlanAccess;

/**
 * What every page of a plan version shows above its content: the plan, the version and the tabs.
 */
public final class PlanNav {
  private PlanNav() {}

  /** The plan page's header data; {@code tab} names the current tab for aria-current. */
  record Header(
      long planId,
      int number,
      String municipality,
      String committee,
      String title,
      int year,
      boolean decided,
      boolean canManage,
      boolean canEdit,
      boolean canSeeDrafts,
      String tab) {}

  public static void add(
      Model model,
      PlanAccess access,
      PlanAccess.VisibleVersion version,
      PlanDocument plan,
      String tab) {
    boolean decided = version.decided();
    model.addAttribute(
        "nav",
        new Header(
            version.plan().planId(),
            version.version().number(),
            plan.municipality().name(),
            plan.committee().name(),
            plan.header().title(),
            plan.header().period().budgetYear(),
            decided,
            access.caller().canManage(version.scope()),
            !decided && access.caller().canEditSomething(version.scope()),
            !access.caller().isAnonymous() && access.caller().canRead(version.scope(), false),
            tab));
    model.addAttribute("version", version.version());
    model.addAttribute("plan", plan);
  }
}
