package se.styr.plan;

import java.util.ArrayList;
import java.util.List;
import se.styr.organisation.AreaEvent;
import se.styr.organisation.OperationalArea;
import se.styr.shared.RuleProblem;
import se.styr.shared.TextLengths;
import se.styr.texts.Section;
import se.styr.version.PlanPeriod;

/**
 * The texts of a plan's envelope within what is stored: municipality, committee, header, decisions,
 * areas and text sections (the tables' texts are checked by the budget feature's rules).
 */
final class PlanLengths {
  private PlanLengths() {}

  static List<RuleProblem> check(PlanDocument plan) {
    TextLengths lengths =
        new TextLengths()
            .check(plan.municipality().name(), TextLengths.NAME, "municipality/name")
            .check(plan.committee().name(), TextLengths.NAME, "committee/name")
            .check(plan.committee().key(), TextLengths.KEY, "committee/key")
            .check(plan.header().title(), TextLengths.TITLE, "plan/title")
            .check(plan.header().chair(), TextLengths.NAME, "plan/chair")
            .check(plan.header().officer(), TextLengths.NAME, "plan/officer")
            .check(
                PlanPeriod.text(plan.header().period().historyYears()),
                TextLengths.YEARS,
                "plan/historyYears")
            .check(
                PlanPeriod.text(plan.header().period().planYears()),
                TextLengths.YEARS,
                "plan/planYears");
    for (OperationalArea area : plan.areas()) {
      String where = "areas/" + area.key();
      lengths
          .check(area.key(), TextLengths.KEY, where + "/key")
          .check(area.name(), TextLengths.AREA_NAME, where + "/name")
          .check(area.parent(), TextLengths.KEY, where + "/parent");
      for (AreaEvent event : area.events()) {
        lengths
            .check(event.formerName(), TextLengths.AREA_NAME, where + "/events/formerName")
            .check(String.join(",", event.from()), TextLengths.AREA_LIST, where + "/events/from");
      }
    }
    for (Block block : plan.content()) {
      if (block instanceof Block.Text text) {
        Section section = text.section();
        lengths
            .check(section.key(), TextLengths.KEY, "content/" + section.key() + "/section")
            .check(
                section.title(), TextLengths.SECTION_TITLE, "content/" + section.key() + "/title");
      }
    }
    List<RuleProblem> problems = new ArrayList<>(lengths.problems());
    for (int i = 0; i < plan.version().decisions().size(); i++) {
      problems.addAll(plan.version().decisions().get(i).lengthProblems("version/decisions/" + i));
    }
    return problems;
  }
}
