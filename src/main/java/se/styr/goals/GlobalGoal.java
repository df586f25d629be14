package se.styr.goals;

import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * The 17 global goals of Agenda 2030; their official names are in the goals bundle
 * (goals.globalGoal.G3).
 */
public enum GlobalGoal {
  G1,
  G2,
  G3,
  G4,
  G5,
  G6,
  G7,
  G8,
  G9,
  G10,
  G11,
  G12,
  G13,
  G14,
  G15,
  G16,
  G17;

  public int number() {
    return ordinal() + 1;
  }

  /** The goal's official name: "Hälsa och välbefinnande", "Good health and well-being". */
  public Text officialName() {
    return Text.of("goals.globalGoal." + name());
  }

  /** "Mål 3: Hälsa och välbefinnande", "Goal 3: Good health and well-being". */
  public Text text() {
    return Text.of("goals.globalGoal.label", number(), officialName());
  }

  /** The official Swedish name, as the API gives it. */
  public String swedishName() {
    return officialName().swedish();
  }

  /** "Mål 3: Hälsa och välbefinnande", as printed documents give it. */
  public String label() {
    return text().swedish();
  }

  public static GlobalGoal of(int number) {
    if (number < 1 || number > 17) {
      throw new InvalidValueException(Text.of("goals.invalid.globalGoal", number));
    }
    return values()[number - 1];
  }
}
