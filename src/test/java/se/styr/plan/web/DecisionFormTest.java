package se.styr.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionFormTest {

  @Test
  void makesADecisionOfADateWithBlankPartsLeftOut() {
    DecisionForm.Checked checked =
        new DecisionForm(" 2024-01-24 ", "§ 5", " ", "Omsorgsnämnden").check();
    assertThat(checked.errors()).isEmpty();
    assertThat(checked.decision().date()).hasToString("2024-01-24");
    assertThat(checked.decision().paragraph()).isEqualTo("§ 5");
    assertThat(checked.decision().dnr()).isNull();
    assertThat(checked.decision().body()).isEqualTo("Omsorgsnämnden");
  }

  @Test
  void requiresADateThatExists() {
    assertThat(new DecisionForm("", null, null, null).check().errors())
        .containsEntry("date", "versions.decide.error.dateMissing");
    assertThat(new DecisionForm("2024-02-30", null, null, null).check().errors())
        .containsEntry("date", "versions.decide.error.dateInvalid");
    assertThat(new DecisionForm("24/1 2024", null, null, null).check().decision()).isNull();
  }

  @Test
  void refusesPartsLongerThanTheRecordHolds() {
    String long101 = "x".repeat(101);
    assertThat(new DecisionForm("2024-01-24", long101, long101, "y".repeat(201)).check().errors())
        .containsOnlyKeys("paragraph", "dnr", "body");
  }
}
