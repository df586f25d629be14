package se.styr.plan.file;

import java.util.Set;
import java.util.stream.Collectors;
import se.styr.organisation.OperationalArea;
import se.styr.plan.PlanDocument;
import se.styr.plan.Steering;

/**
 * The goal chain and commitments of a plan as the text of their plan-file sections, and back: the
 * form in which the store keeps them. Reading uses the same section readers and rules as whole plan files.
 */
public final class SteeringText {
  private SteeringText() {}

  /** The steering sections of {@code plan} in canonical form, or an empty text if it has none. */
  public static String write(PlanDocument plan) {
    return PlanFileWriter.writeSteering(plan);
  }

  /** Reads stored steering sections back into {@code plan} (which the sections refer to). */
  public static Steering read(PlanDocument plan, String text) {
    if (text == null || text.isEmpty()) {
      return Steering.NONE;
    }
    Set<String> areaKeys = plan.areas().stream().map(OperationalArea::key).collect(Collectors.toSet());
    return PlanFileReader.readSteering("stored goal chain of " + plan.displayName(), text, areaKeys);
  }
}
