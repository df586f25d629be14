package se.styr.followup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.goals.Assessment;
import se.styr.goals.Assessor;
import se.styr.goals.Quantity;
import se.styr.goals.Result;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.shared.file.BadFileException;

/**
 * Goals and indicators a person assesses at an occasion (kept per occasion, so the report shows the
 * trend), and indicator values that are a yes or no or a count out of a set.
 */
class AssessmentsAndAnswersTest {
  private static final PlanDocument LERUM =
      PlanFileReader.read(Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml"));
  private static final PlanDocument SODERTALJE =
      PlanFileReader.read(Path.of("demo/sodertalje-omsorgsnamnden-2025.yaml"));

  private static String demo(String name) throws IOException {
    return Files.readString(Path.of("demo/followup/" + name + ".yaml"), StandardCharsets.UTF_8);
  }

  private static List<String> problems(String text, PlanDocument plan) {
    return catchThrowableOfType(
            BadFileException.class, () -> FollowUpReportFile.read("r.yaml", text, plan))
        .problems()
        .stream()
        .map(p -> p.line() + ": " + p.message())
        .toList();
  }

  private static Assessment of(Assessor.Report report, String subject) {
    return java.util.stream.Stream.concat(report.goals().stream(), report.indicators().stream())
        .filter(a -> a.subject().equals(subject))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aPersonsAssessmentAtEachOccasionReplacesTheComputedOneSoTheTrendShows() throws IOException {
    FollowUpReport t1 = FollowUpReportFile.read("t1", demo("lerum-t1-2024"), LERUM);
    FollowUpReport delar = FollowUpReportFile.read("delar", demo("lerum-delar-2024"), LERUM);

    Assessment atT1 = of(ReportGoals.assess(t1, LERUM), "nara-vard");
    Assessment atDelar = of(ReportGoals.assess(delar, LERUM), "nara-vard");

    assertThat(atT1.result()).isEqualTo(Result.PARTLY_MET);
    assertThat(atDelar.result()).isEqualTo(Result.MET);
    assertThat(atDelar.explanation().rule()).isEqualTo("manual");
    assertThat(atDelar.explanation().reason().swedish())
        .contains("Förvaltningschef")
        .contains("Digitala vårdmöten erbjuds sedan juni");
    Assessment index = of(ReportGoals.assess(delar, LERUM), "hemtjanstindex");
    assertThat(index.result()).isEqualTo(Result.NOT_ASSESSED);
    assertThat(index.explanation().reason().swedish()).contains("februari 2025");
    assertThat(of(ReportGoals.assess(delar, LERUM), "folksjukdomar").explanation().rule())
        .isNotEqualTo("manual");
  }

  @Test
  void namesAnUnknownGoalOneAssessedTwiceOneDatedBeforeTheYearAndOneWithoutWhy()
      throws IOException {
    String bad =
        demo("lerum-delar-2024")
            .replace("  - goal: aldreomsorg\n", "  - goal: okant-mal\n")
            .replace("  - goal: vald-i-nara-relationer\n", "  - goal: trygg-hemtjanst\n")
            .replace(
                "    date: 2024-09-06\n    justification: Hemtjänstindex",
                "    date: 2023-12-20\n    justification: Hemtjänstindex")
            .replace(
                "    justification: Fast omsorgskontakt finns i sex av åtta hemtjänstgrupper;"
                    + " stickprovet hos en utförare visade brister i signeringen av utförd tid.\n",
                "");
    assertThat(problems(bad, LERUM))
        .anySatisfy(p -> assertThat(p).contains("the goal 'okant-mal' is not in the plan"))
        .anySatisfy(p -> assertThat(p).contains("is dated 2023-12-20, before the year"))
        .anySatisfy(p -> assertThat(p).containsIgnoringCase("justif"));
    String twice =
        demo("lerum-delar-2024")
            .replace("  - goal: vald-i-nara-relationer\n", "  - goal: trygg-hemtjanst\n");
    assertThat(problems(twice, LERUM))
        .singleElement()
        .asString()
        .contains("the goal 'trygg-hemtjanst' is assessed twice");
  }

  @Test
  void anAssessmentAtAnOccasionThatDoesNotCoverTheGoalsIsRefused() throws IOException {
    String economyOnly =
        demo("lerum-t1-2024").replace("covers: [economy, goals]", "covers: [economy]");
    assertThat(problems(economyOnly, LERUM))
        .singleElement()
        .asString()
        .contains("the occasion does not cover the goals");
  }

  @Test
  void aJustificationTooLongForItsFieldIsAProblemAtItsLineNeverCutShort() throws IOException {
    String text = demo("lerum-t1-2024");
    String tooLong =
        text.replace(
            "justification: Fast omsorgskontakt är infört i hälften av hemtjänstgrupperna.",
            "justification: " + "x".repeat(4001));
    int line = (int) text.lines().takeWhile(l -> !l.contains("Fast omsorgskontakt")).count() + 1;
    assertThat(problems(tooLong, LERUM))
        .singleElement()
        .asString()
        .startsWith(line + ": ")
        .contains("4001")
        .contains("4000");
  }

  @Test
  void yesNoAndCountValuesAreReadAssessedAndWrittenBack() throws IOException {
    String text = demo("sodertalje-delar-2025");
    FollowUpReport report = FollowUpReportFile.read("s", text, SODERTALJE);
    assertThat(report.indicators())
        .filteredOn(e -> e.indicator().equals("kontinuitetsplan"))
        .singleElement()
        .satisfies(e -> assertThat(e.value()).isEqualTo(new Quantity.Share(5, 6)))
        .satisfies(e -> assertThat(e.shown()).isEqualTo("2025-T2: 5 av 6"));
    assertThat(report.indicators())
        .filteredOn(e -> e.indicator().equals("avtalsuppfoljning"))
        .singleElement()
        .satisfies(e -> assertThat(e.value()).isEqualTo(new Quantity.Answer(true)));
    assertThat(FollowUpReportFile.write(report)).isEqualTo(text);

    Assessor.Report assessed = ReportGoals.assess(report, SODERTALJE);
    assertThat(of(assessed, "avtalsuppfoljning").result()).isEqualTo(Result.MET);
    assertThat(of(assessed, "kontinuitetsplan").explanation().reason().swedish())
        .contains("5 av 6");
  }

  @Test
  void aValueThatDoesNotFitHowTheIndicatorIsMeasuredIsNamedAtItsLine() throws IOException {
    String text = demo("sodertalje-delar-2025");
    assertThat(problems(text.replace("value: 5/6", "value: 7/6"), SODERTALJE))
        .singleElement()
        .asString()
        .contains("'7/6' is no count out of a set");
    assertThat(problems(text.replace("value: 5/6", "value: 83"), SODERTALJE))
        .singleElement()
        .asString()
        .contains("'kontinuitetsplan' is measured as antal av: the value '83' does not fit");
    assertThat(
            problems(
                text.replace(
                    "{indicator: ips, period: 2025-T2, value: 27",
                    "{indicator: ips, period: 2025-T2, value: true"),
                SODERTALJE))
        .singleElement()
        .asString()
        .contains("the value 'true' does not fit");
  }

  @Test
  void aValueIsReadAsAPersonTypesItOrAsTheFileWritesIt() {
    assertThat(Quantity.parse("ja")).contains(new Quantity.Answer(true));
    assertThat(Quantity.parse("Nej")).contains(new Quantity.Answer(false));
    assertThat(Quantity.parse("3 av 5")).contains(new Quantity.Share(3, 5));
    assertThat(Quantity.parse("3/5")).contains(new Quantity.Share(3, 5));
    assertThat(Quantity.parse("61,5"))
        .contains(new Quantity.Amount(new java.math.BigDecimal("61.5")));
    assertThat(Quantity.parse("6 av 5")).isEmpty();
    assertThat(Quantity.parse("3 av 0")).isEmpty();
    assertThat(Quantity.parse("kanske")).isEmpty();
  }
}
