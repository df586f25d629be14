package se.styr.plan.web;

import java.util.Optional;
import se.styr.budget.BudgetTable;
import se.styr.budget.RowRole;
import se.styr.budget.TableRow;
import se.styr.it.TestUsers;
import se.styr.plan.PlanStore;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.version.PlanStatus;
import se.styr.version.PlanSummary;
import se.styr.version.VersionSummary;
import se.styr.version.Versions;

/** Test data for the page tests: the demo plans by municipality code, users with grants, drafts. */
final class PageFixtures {
  private final PlanStore plans;
  private final Versions versions;
  private final TestUsers users;

  PageFixtures(PlanStore plans, Versions versions, TestUsers users) {
    this.plans = plans;
    this.versions = versions;
    this.users = users;
  }

  /** A figure of a table that the page may change: table, row and column key, and its value now. */
  record Figure(String table, String row, String column, java.math.BigDecimal value) {}

  PlanSummary plan(String municipalityCode) {
    return versions.plans().stream()
        .filter(p -> p.municipalityCode().equals(municipalityCode))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no demo plan of " + municipalityCode));
  }

  /** The plan's open draft, revised from version 1 if there is none yet. */
  int draft(PlanSummary plan) {
    Optional<VersionSummary> open =
        versions.versions(plan.planId()).stream()
            .filter(v -> v.status() == PlanStatus.DRAFT)
            .findFirst();
    return open.map(VersionSummary::number)
        .orElseGet(() -> plans.revise(plan.planId(), decided(plan), "test").number());
  }

  /** The number of the plan's latest decided version (Lerum's demo plan starts at version 2). */
  int decided(PlanSummary plan) {
    return versions.versions(plan.planId()).stream()
        .filter(v -> v.status() == PlanStatus.DECIDED)
        .mapToInt(VersionSummary::number)
        .max()
        .orElseThrow();
  }

  long versionId(PlanSummary plan, int number) {
    return versions.version(plan.planId(), number).orElseThrow().versionId();
  }

  /** A user holding one grant of {@code role} on the plan's committee (created once). */
  String user(String name, Role role, PlanSummary plan) {
    return user(name, Grant.of(role, plan.municipalityCode(), plan.committeeId()));
  }

  String user(String name, Grant grant) {
    users.ensure(name, grant);
    return name;
  }

  /** The first figure of an item row in the version's first table that has one. */
  Figure figure(PlanSummary plan, int number) {
    for (BudgetTable table : plans.load(versionId(plan, number)).tables()) {
      for (TableRow row : table.rows()) {
        if (row.role() != RowRole.ITEM) {
          continue;
        }
        for (int c = 0; c < table.columns().size(); c++) {
          if (!row.cell(c).isBlank()) {
            return new Figure(
                table.key(), row.key(), table.columns().get(c).key(), row.cell(c).value());
          }
        }
      }
    }
    throw new IllegalStateException("no figure in " + plan.planKey());
  }
}
