package se.styr.plan;

/**
 * The sections of a version beside its tables and text (goals, savings measures, follow-up) as the
 * text of their plan-file sections, and back: the form in which the store keeps them (ADR 0004).
 * Reading uses the same section readers and rules as whole plan files.
 */
final class StoredSections {
  private StoredSections() {}

  /** The sections of {@code plan} in canonical form, or an empty text if it has none. */
  static String write(PlanDocument plan) {
    return PlanFileWriter.writeSections(plan);
  }

  /** {@code plan} with the stored sections read back into it (they refer to its areas). */
  static PlanDocument read(PlanDocument plan, String text) {
    if (text == null || text.isEmpty()) {
      return plan;
    }
    return PlanFileReader.readSections("stored goal chain of " + plan.displayName(), text, plan);
  }
}
