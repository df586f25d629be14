package se.styr.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.styr.shared.InvalidValueException;

/** A municipality's follow-up calendar and the occasions it gives each year. */
class FollowUpCalendarTest {
  /** Lerum's, as its plan states it. */
  static final FollowUpCalendar LERUM =
      new FollowUpCalendar(
          List.of(
              new FollowUpCalendar.Entry(
                  ReportingOccasion.MONTHLY, 2, Set.of(Coverage.ECONOMY), "Kommunstyrelsen", 10),
              new FollowUpCalendar.Entry(
                  ReportingOccasion.TERTIAL,
                  4,
                  Set.of(Coverage.ECONOMY, Coverage.GOALS),
                  "Kommunstyrelsen",
                  14),
              new FollowUpCalendar.Entry(
                  ReportingOccasion.INTERIM,
                  8,
                  Set.of(Coverage.ECONOMY, Coverage.GOALS, Coverage.INTERNAL_CONTROL),
                  "Kommunfullmäktige",
                  20),
              new FollowUpCalendar.Entry(
                  ReportingOccasion.MONTHLY, 10, Set.of(Coverage.ECONOMY), "Kommunstyrelsen", 10),
              new FollowUpCalendar.Entry(
                  ReportingOccasion.ANNUAL,
                  12,
                  Set.of(Coverage.ECONOMY, Coverage.GOALS, Coverage.INTERNAL_CONTROL),
                  "Kommunfullmäktige",
                  45)));

  @Test
  void givesEachYearItsOccasionsWithPeriodEndDeadlineAndWhatTheyCover() {
    List<Occasion> occasions = LERUM.occasions(2024);
    assertThat(occasions)
        .extracting(Occasion::key)
        .containsExactly("m02-2024", "t1-2024", "delar-2024", "m10-2024", "helar-2024");
    Occasion tertial = occasions.get(1);
    assertThat(tertial.title()).isEqualTo("Tertialrapport 1 2024");
    assertThat(tertial.periodEnd()).isEqualTo(LocalDate.of(2024, 4, 30));
    assertThat(tertial.deadline()).isEqualTo(LocalDate.of(2024, 5, 14));
    assertThat(tertial.monthsElapsed()).isEqualTo(4);
    assertThat(tertial.covers(Coverage.GOALS)).isTrue();
    assertThat(tertial.covers(Coverage.INTERNAL_CONTROL)).isFalse();
    assertThat(occasions.get(0).title()).isEqualTo("Månadsrapport februari 2024");
    assertThat(occasions.get(0).periodEnd()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(occasions.get(4).monthsElapsed()).isEqualTo(12);
    assertThat(occasions.get(2).reportedTo()).isEqualTo("Kommunfullmäktige");
  }

  @Test
  void refusesTwoOccasionsInOneMonthAndAMonthThatIsNone() {
    assertThatThrownBy(
            () ->
                new FollowUpCalendar(
                    List.of(
                        new FollowUpCalendar.Entry(
                            ReportingOccasion.MONTHLY, 4, Set.of(Coverage.ECONOMY), null, 0),
                        new FollowUpCalendar.Entry(
                            ReportingOccasion.TERTIAL, 4, Set.of(Coverage.ECONOMY), null, 0))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("two follow-up occasions end in month 4");
    assertThatThrownBy(
            () ->
                new FollowUpCalendar.Entry(
                    ReportingOccasion.MONTHLY, 13, Set.of(Coverage.ECONOMY), null, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("no month 13");
  }

  @Test
  void anOccasionIsDueAfterItsPeriodAndCoversSomething() {
    assertThatThrownBy(
            () ->
                new Occasion(
                    "t1",
                    ReportingOccasion.TERTIAL,
                    "T1",
                    LocalDate.of(2024, 4, 30),
                    LocalDate.of(2024, 4, 1),
                    Set.of(Coverage.ECONOMY),
                    null))
        .hasMessageContaining("before its period ends");
    assertThatThrownBy(
            () ->
                new Occasion(
                    "t1",
                    ReportingOccasion.TERTIAL,
                    "T1",
                    LocalDate.of(2024, 4, 30),
                    null,
                    Set.of(),
                    null))
        .hasMessageContaining("follows up nothing");
  }

  @Test
  void anOccasionMovesOneStepForwardAndTakesEntriesOnlyWhileOpen() {
    assertThat(OccasionStatus.OPEN.mayBecome(OccasionStatus.REPORTED)).isTrue();
    assertThat(OccasionStatus.REPORTED.mayBecome(OccasionStatus.CLOSED)).isTrue();
    assertThat(OccasionStatus.OPEN.mayBecome(OccasionStatus.CLOSED)).isFalse();
    assertThat(OccasionStatus.CLOSED.mayBecome(OccasionStatus.OPEN)).isFalse();
    assertThat(OccasionStatus.REPORTED.takesEntries()).isFalse();
  }

  @Test
  void lerumsPlanStatesItsCalendar() {
    se.styr.plan.PlanDocument lerum =
        se.styr.plan.PlanFileReader.read(
            java.nio.file.Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml"));
    List<Occasion> occasions = lerum.followUp().calendar().occasions(2024);
    assertThat(occasions)
        .extracting(Occasion::kind, Occasion::reportedTo)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ReportingOccasion.MONTHLY, "Kommunstyrelsen"),
            org.assertj.core.groups.Tuple.tuple(ReportingOccasion.TERTIAL, "Kommunstyrelsen"),
            org.assertj.core.groups.Tuple.tuple(ReportingOccasion.INTERIM, "Kommunfullmäktige"),
            org.assertj.core.groups.Tuple.tuple(ReportingOccasion.MONTHLY, "Kommunstyrelsen"),
            org.assertj.core.groups.Tuple.tuple(ReportingOccasion.ANNUAL, "Kommunfullmäktige"));
    assertThat(occasions.get(2).covers(Coverage.INTERNAL_CONTROL)).isTrue();
    assertThat(occasions.get(2).deadline()).isNull(); // the plan states no deadline
  }

  @Test
  void namesEveryProblemOfACalendarInAPlanFileByLine() {
    String file =
        se.styr.plan.PlanFiles.VALID
            + """
            followUp:
              calendar:
                - {kind: tertial, month: 4, covers: [economy, budget]}
                - {kind: monthly, month: 13, covers: [economy]}
              economy:
                threshold: {amount: -5}
            """;
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                    se.styr.shared.file.BadFileException.class,
                    () -> se.styr.plan.PlanFileReader.read("plan.yaml", file))
                .problems())
        .extracting(p -> p.line() + ": " + p.message())
        .containsExactly(
            "27: follow-up occasion: 'budget' is nothing that is followed up: choose among"
                + " [economy, goals, internal_control]",
            "28: follow-up occasion: there is no month 13: write 1–12",
            "30: limit for deviations: a limit for deviations is not negative");
  }
}
