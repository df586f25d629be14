package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.styr.budget.SavingsMeasures;
import se.styr.followup.ControlRisk;
import se.styr.followup.OperationalMeasure;
import se.styr.followup.Provider;
import se.styr.followup.ReportingOccasion;
import se.styr.goals.ActionPlan;
import se.styr.goals.Activity;
import se.styr.goals.AssessmentRule;
import se.styr.goals.Assignment;
import se.styr.goals.AssignmentSource;
import se.styr.goals.Baseline;
import se.styr.goals.FocusArea;
import se.styr.goals.Goal;
import se.styr.goals.Indicator;
import se.styr.goals.IndicatorLevel;
import se.styr.goals.IndicatorUnit;
import se.styr.goals.IndicatorValue;
import se.styr.goals.Outlook;
import se.styr.goals.PriorityDirection;
import se.styr.goals.Quantity;
import se.styr.goals.Reservation;
import se.styr.goals.Result;
import se.styr.goals.RuleBand;
import se.styr.goals.SourceType;
import se.styr.goals.Target;

/**
 * The goal chains and commitments of the five seed plans in demo/ (goals, indicators, activities,
 * assignments, priority directions, action plans, focus areas, savings measures, internal control,
 * providers, measures and reservations): every text is printed in its seed document, every list has
 * exactly the seed's number of entries, and the edge cases of the seeds are held as data.
 *
 * <p>The seed documents are copied verbatim to src/test/resources/seed-texts, so the test needs
 * nothing outside the repository.
 */
class SeedGoalsTest {

  static final Map<String, String> SEEDS = SeedFigures.SEED_TEXTS;

  static Stream<String> plans() {
    return SeedFigures.PLANS.stream();
  }

  static PlanDocument steering(String name) {
    return PlanFileReader.read(Path.of("demo", name + ".yaml"));
  }

  // ---------------------------------------------------------------------------------------------
  // 1. Every text is printed in the seed
  // ---------------------------------------------------------------------------------------------

  private static final Pattern MARKUP = Pattern.compile("\\*\\*|</?[ipb]>");
  private static final Pattern HEADING_MARK = Pattern.compile("(?m)^[ \\t]*#+[ \\t]+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /**
   * Collapses whitespace and removes the markup of the seed texts (bold, italics, paragraphs,
   * heading marks).
   */
  static String normalise(String text) {
    String plain = HEADING_MARK.matcher(text).replaceAll("");
    plain = MARKUP.matcher(plain).replaceAll("");
    return WHITESPACE.matcher(plain).replaceAll(" ").strip();
  }

  /**
   * The paragraphs of a Markdown text: split on blank lines; within a paragraph each bullet line
   * ("- item") is a paragraph of its own, without its "- ".
   */
  static List<String> paragraphs(String text) {
    List<String> result = new ArrayList<>();
    for (String block : text.strip().split("\\n[ \\t]*\\n")) {
      StringBuilder running = new StringBuilder();
      for (String line : block.split("\\n")) {
        if (line.strip().startsWith("- ")) {
          if (!running.isEmpty()) {
            result.add(running.toString());
            running.setLength(0);
          }
          result.add(line.strip().substring(2));
        } else {
          running.append(running.isEmpty() ? "" : " ").append(line);
        }
      }
      if (!running.isEmpty()) {
        result.add(running.toString());
      }
    }
    return result.stream().map(SeedGoalsTest::normalise).filter(p -> !p.isEmpty()).toList();
  }

  /** One text field of a plan's steering: where it is, and what it says. */
  record Text(String where, String text) {}

  /**
   * Every text field of the steering that the seed prints.
   *
   * <p>Two fields are left out, because the transcriber named or built them and the seed does not
   * print them as written: the names of the goal levels (Ale prints no level names, so
   * "Riktningsmål", "KF-mål" and "Nämndmål" are chosen; Lerum's "Inriktning för mandatperioden" is
   * the singular of the printed heading "Inriktningar för mandatperioden") and assignment
   * references (Trollhättan's "KF 2023-11-20" is built from "Kommunfullmäktige beslutade
   * 2023-11-20"; the printed "KS 2023-08-30 § 257" is checked on its own below). Keys, units, years
   * and dates are data, not text.
   */
  static List<Text> texts(PlanDocument s) {
    List<Text> texts = new ArrayList<>();
    s.goals().qualityAreas().forEach(q -> add(texts, "quality area " + q.key(), q.name()));
    s.goals()
        .assessment()
        .rules()
        .forEach(r -> r.bands().forEach(b -> add(texts, "rule " + r.key() + " band", b.printed())));
    s.goals()
        .assessment()
        .manual()
        .forEach(m -> add(texts, "manual assessment " + m.subject(), m.justification()));
    s.goals().goals().forEach(g -> goal(texts, "goal " + g.key(), g));
    s.goals().indicators().forEach(i -> indicator(texts, "indicator " + i.key(), i));
    for (Activity a : s.goals().activities()) {
      String at = "activity " + a.key();
      add(texts, at + " title", a.title());
      add(texts, at + " description", a.description());
      add(texts, at + " responsible", a.responsible());
    }
    for (Assignment a : s.goals().assignments()) {
      String at = "assignment " + a.key();
      add(texts, at + " title", a.title());
      add(texts, at + " description", a.description());
      add(texts, at + " planningComment", a.planningComment());
    }
    for (PriorityDirection p : s.goals().priorityDirections()) {
      add(texts, "priority direction " + p.key() + " title", p.title());
      add(texts, "priority direction " + p.key() + " implementationPlan", p.implementationPlan());
    }
    for (ActionPlan plan : s.goals().actionPlans()) {
      add(texts, "action plan " + plan.key() + " title", plan.title());
      for (ActionPlan.Item item : plan.items()) {
        String at = "action plan " + plan.key() + " item " + item.key();
        add(texts, at + " activity", item.activity());
        add(texts, at + " followUp", item.followUp());
        add(texts, at + " responsible", item.responsible());
        add(texts, at + " effect", item.effect());
      }
    }
    for (FocusArea f : s.goals().focusAreas()) {
      add(texts, "focus area " + f.key() + " title", f.title());
      add(texts, "focus area " + f.key() + " response", f.response());
    }
    s.savingsMeasures()
        .measures()
        .forEach(m -> add(texts, "savings measure " + m.key() + " title", m.title()));
    for (ControlRisk r : s.followUp().internalControl().risks()) {
      String at = "risk " + r.key();
      add(texts, at + " area", r.area());
      add(texts, at + " risk", r.risk());
      add(texts, at + " method", r.method());
      add(texts, at + " frequency", r.frequency());
      add(texts, at + " responsible", r.responsible());
      add(texts, at + " reportingPrinted", r.reportingPrinted());
    }
    for (Provider p : s.followUp().providers()) {
      add(texts, "provider " + p.key() + " operation", p.operation());
      add(texts, "provider " + p.key() + " provider", p.provider());
    }
    s.followUp().measures().forEach(m -> add(texts, "measure " + m.key() + " name", m.name()));
    for (Reservation r : s.goals().reservations()) {
      String at = "reservation " + r.key();
      add(texts, at + " member", r.member().name());
      add(texts, at + " title", r.title());
      add(texts, at + " motivation", r.motivation());
      for (Reservation.Point p : r.points()) {
        String point = at + " point " + p.number();
        add(texts, point + " proposal", p.proposal());
        add(texts, point + " reason", p.reason());
        p.goals().forEach(g -> goal(texts, point + " goal " + g.key(), g));
        p.indicators().forEach(i -> indicator(texts, point + " indicator " + i.key(), i));
      }
    }
    return texts;
  }

  private static void goal(List<Text> texts, String at, Goal g) {
    add(texts, at + " number", g.number());
    add(texts, at + " title", g.title());
    add(texts, at + " perspective", g.perspective());
    add(texts, at + " description", g.description());
    add(texts, at + " followUp", g.followUp());
    add(texts, at + " withoutSubgoal", g.withoutSubgoal());
  }

  private static void indicator(List<Text> texts, String at, Indicator i) {
    add(texts, at + " name", i.name());
    if (i.source() != null) {
      add(texts, at + " source", i.source().name());
    }
    if (i.baseline() != null) {
      add(texts, at + " baseline", i.baseline().printed());
    }
    i.targets().forEach(t -> add(texts, at + " target " + t.years(), t.printed()));
    i.values().forEach(v -> add(texts, at + " value " + v.period(), v.printed()));
    if (i.outlook() != null) {
      add(texts, at + " outlook", i.outlook().printed());
    }
    i.footnotes().forEach(f -> add(texts, at + " footnote", f));
  }

  private static void add(List<Text> texts, String where, String text) {
    if (text != null && !text.isBlank()) {
      texts.add(new Text(where, text));
    }
  }

  @ParameterizedTest
  @MethodSource("plans")
  void everyTextOfTheGoalChainAndCommitmentsIsPrintedInTheSeed(String name) {
    String seed = normalise(seedText(name));
    SoftAssertions softly = new SoftAssertions();
    int checked = 0;
    for (Text text : texts(steering(name))) {
      for (String paragraph : paragraphs(text.text())) {
        softly
            .assertThat(seed.contains(paragraph))
            .as("%s, %s: '%s' is printed in %s", name, text.where(), paragraph, SEEDS.get(name))
            .isTrue();
        checked++;
      }
    }
    softly.assertAll();
    assertThat(checked).as("paragraphs checked in %s", name).isGreaterThan(40);
  }

  @Test
  void theTextCheckFindsAWordTheSeedDoesNotPrint() {
    String seed = normalise(seedText("sodertalje-omsorgsnamnden-2025"));
    Goal kf6 = goal(steering("sodertalje-omsorgsnamnden-2025"), "kf6");
    assertThat(seed).contains(paragraphs(kf6.title()));
    assertThat(seed).doesNotContain(paragraphs(kf6.title().replace("rekrytera", "rekrytera och")));
  }

  @Test
  void paragraphsAreSplitOnBlankLinesAndBulletsAndNormalised() {
    assertThat(
            paragraphs(
                "**Första**  stycket\nfortsätter.\n\nLista:\n- ett <i>och</i>\n- två\n\n## Rubrik"))
        .containsExactly("Första stycket fortsätter.", "Lista:", "ett och", "två", "Rubrik");
  }

  // ---------------------------------------------------------------------------------------------
  // 2. Exact counts
  // ---------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # plan                             | goals per level                             | ind | targets | values | act | asg | prio | ap items | focus | savings | risks | prov | meas | res points | prop goals | prop ind
          ale-socialnamnden-2024             | riktningsmal 3, kf-mal 1, namndmal 1        |   4 |       0 |      0 |   0 |   7 |    0 |        9 |     0 |       7 |     0 |    0 |   18 |          0 |          0 |        0
          lerum-stod-och-omsorgsnamnden-2024 | agenda 1, framgangsfaktor 3, inriktning 7   |   5 |       0 |     15 |   0 |   0 |   10 |        0 |     0 |       0 |     7 |    6 |    0 |          0 |          0 |        0
          smedjebacken-omsorgsnamnden-2025   | kommunmal 6, namndmal 9                     |  10 |      11 |      0 |   0 |   0 |    0 |        0 |     0 |       0 |     0 |    0 |    0 |          6 |          4 |        7
          sodertalje-omsorgsnamnden-2025     | malomrade 3, kf-mal 6, namndmal 5           |  24 |      23 |      0 |   0 |   0 |    0 |        0 |     4 |       0 |     0 |    0 |    0 |          0 |          0 |        0
          trollhattan-omsorgsnamnden-2024    | fokusomrade 1, kf-mal 3, namndmal 4         |   0 |       0 |      0 |   0 |   2 |    0 |        0 |     0 |       0 |     0 |    0 |    0 |          0 |          0 |        0
          """)
  void holdsExactlyTheSeedsNumberOfGoalsIndicatorsAndCommitments(
      String name,
      String goalsPerLevel,
      int indicators,
      int targets,
      int values,
      int activities,
      int assignments,
      int priorityDirections,
      int actionPlanItems,
      int focusAreas,
      int savingsMeasures,
      int risks,
      int providers,
      int measures,
      int reservationPoints,
      int proposedGoals,
      int proposedIndicators) {
    PlanDocument s = steering(name);
    Map<String, Long> perLevel =
        s.goals().goals().stream()
            .collect(Collectors.groupingBy(Goal::level, LinkedHashMap::new, Collectors.counting()));
    Map<String, Long> expectedPerLevel =
        Arrays.stream(goalsPerLevel.split(",\\s*"))
            .map(e -> e.split(" "))
            .collect(
                Collectors.toMap(
                    e -> e[0], e -> Long.parseLong(e[1]), (a, b) -> a, LinkedHashMap::new));
    List<Reservation.Point> points =
        s.goals().reservations().stream().flatMap(r -> r.points().stream()).toList();

    SoftAssertions softly = new SoftAssertions();
    softly
        .assertThat(perLevel)
        .as("goals per level")
        .containsExactlyInAnyOrderEntriesOf(expectedPerLevel);
    softly.assertThat(s.goals().indicators()).as("indicators").hasSize(indicators);
    softly
        .assertThat(s.goals().indicators().stream().mapToInt(i -> i.targets().size()).sum())
        .as("targets")
        .isEqualTo(targets);
    softly
        .assertThat(s.goals().indicators().stream().mapToInt(i -> i.values().size()).sum())
        .as("values")
        .isEqualTo(values);
    softly.assertThat(s.goals().activities()).as("activities").hasSize(activities);
    softly.assertThat(s.goals().assignments()).as("assignments").hasSize(assignments);
    softly
        .assertThat(s.goals().priorityDirections())
        .as("priority directions")
        .hasSize(priorityDirections);
    softly
        .assertThat(s.goals().actionPlans().stream().mapToInt(p -> p.items().size()).sum())
        .as("action plan items")
        .isEqualTo(actionPlanItems);
    softly.assertThat(s.goals().focusAreas()).as("focus areas").hasSize(focusAreas);
    softly
        .assertThat(s.savingsMeasures().measures())
        .as("savings measures")
        .hasSize(savingsMeasures);
    softly
        .assertThat(s.followUp().internalControl().risks())
        .as("internal control risks")
        .hasSize(risks);
    softly.assertThat(s.followUp().providers()).as("providers").hasSize(providers);
    softly.assertThat(s.followUp().measures()).as("measures").hasSize(measures);
    softly.assertThat(points).as("reservation points").hasSize(reservationPoints);
    softly
        .assertThat(points.stream().mapToInt(p -> p.goals().size()).sum())
        .as("proposed goals")
        .isEqualTo(proposedGoals);
    softly
        .assertThat(points.stream().mapToInt(p -> p.indicators().size()).sum())
        .as("proposed indicators")
        .isEqualTo(proposedIndicators);
    softly.assertAll();
  }

  // ---------------------------------------------------------------------------------------------
  // 3. Edge data of each seed
  // ---------------------------------------------------------------------------------------------

  @Test
  void sodertaljesKfGoal6HasNoCommitteeGoalByDecisionAndFourOfficeIndicators() {
    PlanDocument s = steering("sodertalje-omsorgsnamnden-2025");
    Goal kf6 = goal(s, "kf6");
    assertThat(kf6.number()).isEqualTo("KF-mål 6");
    assertThat(kf6.withoutSubgoal()).isEqualTo("Nämnden ska inte ha ett eget nämndmål.");
    assertThat(s.goals().goals()).noneMatch(g -> "kf6".equals(g.parent()));
    assertThat(
            s.goals().goals().stream()
                .filter(g -> g.level().equals("kf-mal") && !g.key().equals("kf6")))
        .allMatch(kf -> s.goals().goals().stream().anyMatch(g -> kf.key().equals(g.parent())));
    assertThat(s.goals().indicators().stream().filter(i -> "kf6".equals(i.goal())))
        .extracting(Indicator::key, Indicator::level)
        .containsExactly(
            tuple("hme", IndicatorLevel.OFFICE),
            tuple("personalomsattning", IndicatorLevel.OFFICE),
            tuple("heltidsarbetande", IndicatorLevel.OFFICE),
            tuple("sjukfranvaro", IndicatorLevel.OFFICE));
    assertThat(s.goals().indicators())
        .filteredOn(i -> i.level() == IndicatorLevel.OFFICE)
        .hasSize(4);
  }

  @Test
  void sodertaljesBudgetAdherenceIsTargetedWithinHalfAPercentAndJudgedByTrafficLight() {
    Indicator budget = indicator(steering("sodertalje-omsorgsnamnden-2025"), "budgetfoljsamhet");
    assertThat(budget.targetsFor(2025))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.printed()).isEqualTo("+/- 0,5 %");
              assertThat(t.target()).isInstanceOf(Target.Band.class);
              Target.Band band = (Target.Band) t.target();
              assertThat(band.centre()).isEqualByComparingTo("0");
              assertThat(band.tolerance()).isEqualByComparingTo("0.5");
              assertThat(band.text()).isEqualTo("0 +- 0.5");
            });
    assertThat(budget.baseline().printed()).isEqualTo("+1,4%*");
    assertThat(budget.baseline().value()).isEqualTo(new Quantity.Amount(new BigDecimal("1.4")));
    assertThat(budget.footnotes())
        .containsExactly("*) Preliminär siffra baserat på prognosen per sista oktober 2024");
    assertThat(budget.rule()).isEqualTo("budgetfoljsamhet");
  }

  @Test
  void sodertaljesBaselinesIncludeARangeNewIndicatorsAndMonthReadings() {
    PlanDocument s = steering("sodertalje-omsorgsnamnden-2025");
    Baseline range = indicator(s, "uppfoljda-tillsvidarebeslut").baseline();
    assertThat(range.printed()).isEqualTo("10-15%");
    assertThat(range.value())
        .isEqualTo(new Quantity.Range(new BigDecimal("10"), new BigDecimal("15")));
    assertThat(s.goals().indicators())
        .filteredOn(i -> i.baseline() != null && i.baseline().isNew())
        .extracting(Indicator::key)
        .containsExactly(
            "kontinuitetsplan",
            "vald-nara-relation",
            "ips",
            "kallsortering",
            "fornybara-drivmedel");
    assertThat(indicator(s, "personalomsattning").baseline())
        .isEqualTo(
            new Baseline(
                "10% (augusti 2024)", new Quantity.Amount(new BigDecimal("10")), "2024-08", false));
    assertThat(indicator(s, "synpunkter").baseline().value()).isEqualTo(new Quantity.Share(3, 5));
    assertThat(indicator(s, "avtalsuppfoljning").baseline().value())
        .isEqualTo(new Quantity.Answer(true));
    assertThat(indicator(s, "avtalsuppfoljning").unit()).isEqualTo(IndicatorUnit.YES_NO);
  }

  @Test
  void sodertaljesCommitteeGoalsAreTheRoundedMeanOfTheirIndicatorsInThreeBands() {
    AssessmentRule rule =
        steering("sodertalje-omsorgsnamnden-2025")
            .goals()
            .assessment()
            .rule("namndmal")
            .orElseThrow();
    assertThat(rule.precision()).isEqualTo(2);
    assertThat(rule.bands())
        .extracting(
            b -> b.from().toPlainString(),
            b -> b.to().toPlainString(),
            RuleBand::result,
            RuleBand::printed)
        .containsExactly(
            tuple("0.00", "0.49", Result.NOT_MET, "Ej uppfyllt"),
            tuple("0.50", "0.69", Result.PARTLY_MET, "Delvis uppfyllt"),
            tuple("0.70", "1.00", Result.MET, "Uppfyllt"));
    assertThat(rule.joins()).isEmpty();
  }

  @Test
  void lerumsHomeCareIndexIsMissingFor2021AndRanked121Of290In2022() {
    Indicator index = indicator(steering("lerum-stod-och-omsorgsnamnden-2024"), "hemtjanstindex");
    assertThat(index.unit()).isEqualTo(IndicatorUnit.INDEX);
    assertThat(index.values())
        .extracting(IndicatorValue::period)
        .containsExactly("2021", "2022", "2023");
    IndicatorValue missing = index.values().get(0);
    assertThat(missing.missing()).isTrue();
    assertThat(missing.printed()).isEqualTo("saknas");
    assertThat(missing.value()).isNull();
    assertThat(index.values().get(1))
        .isEqualTo(
            new IndicatorValue(
                "2022",
                "52,5 (plats 121)",
                new Quantity.Amount(new BigDecimal("52.5")),
                false,
                121,
                290));
    assertThat(index.values().get(2))
        .isEqualTo(
            new IndicatorValue(
                "2023",
                "66,9 (plats 147)",
                new Quantity.Amount(new BigDecimal("66.9")),
                false,
                147,
                290));
    assertThat(index.outlook())
        .isEqualTo(new Outlook("2024", Outlook.Direction.INCREASING, "Ökande"));
    assertThat(index.targets()).isEmpty();
  }

  @Test
  void lerumsInternalControlPlanHasSevenRisksDecidedOn24February2024() {
    PlanDocument s = steering("lerum-stod-och-omsorgsnamnden-2024");
    assertThat(s.followUp().internalControl().decided()).isEqualTo(LocalDate.of(2024, 2, 24));
    assertThat(s.followUp().internalControl().risks())
        .extracting(ControlRisk::area)
        .containsExactly(
            "Lagefterlevnad",
            "Lagefterlevnad",
            "Kompetensförsörjning",
            "Kompetensförsörjning",
            "Lokalförsörjning",
            "Säkerhet",
            "Välfärdsbrott");
    assertThat(s.followUp().internalControl().risks())
        .filteredOn(r -> r.reportingPrinted().equals("Delår och helår"))
        .allMatch(
            r -> r.reporting().equals(List.of(ReportingOccasion.INTERIM, ReportingOccasion.ANNUAL)))
        .hasSize(4);
    assertThat(s.followUp().internalControl().risks())
        .filteredOn(r -> r.reportingPrinted().equals("Helår"))
        .allMatch(r -> r.reporting().equals(List.of(ReportingOccasion.ANNUAL)))
        .hasSize(3);
  }

  @Test
  void lerumFollowsUpSixOperationsOfPrivateProviders() {
    assertThat(steering("lerum-stod-och-omsorgsnamnden-2024").followUp().providers())
        .extracting(Provider::operation)
        .containsExactly(
            "Särskilt boende på Riddarstengården",
            "Särskilt boende på Hedegården",
            "Bostad med särskild service på Fredriksberg, Fredriksäng och Brahevägen",
            "Personlig assistans",
            "Hemtjänst för dag och kväll",
            "Larmmottagning för trygghetslarm");
  }

  @Test
  void smedjebackensModerateReservationHasSixPoints() {
    List<Reservation> reservations =
        steering("smedjebacken-omsorgsnamnden-2025").goals().reservations();
    assertThat(reservations)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.member()).isEqualTo(new Reservation.Member("Kristina Karlsson", "M"));
              assertThat(r.member().label()).isEqualTo("Kristina Karlsson (M)");
              assertThat(r.date()).isEqualTo(LocalDate.of(2024, 10, 14));
              assertThat(r.points())
                  .extracting(Reservation.Point::number)
                  .containsExactly(1, 2, 3, 4, 5, 6);
            });
  }

  @Test
  void smedjebackensReservationPoint3ReplacesBudgetInBalanceWithCostsAmongTheMiddleHalf() {
    PlanDocument s = steering("smedjebacken-omsorgsnamnden-2025");
    Goal decided = goal(s, "budget-i-balans");
    assertThat(decided.title()).isEqualTo("Budget i balans");
    Reservation.Point point = s.goals().reservations().get(0).points().get(2);
    assertThat(point.number()).isEqualTo(3);
    assertThat(point.concerns()).containsExactly("budget-i-balans", "budgetutfall");
    assertThat(point.reason()).isEqualTo("Lätt att förstå för kommuninnevånarna");
    assertThat(point.goals())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.key()).isEqualTo("m-kostnader");
              assertThat(g.replaces()).isEqualTo("budget-i-balans");
              assertThat(g.level()).isEqualTo(decided.level());
              assertThat(g.parent()).isEqualTo(decided.parent()).isEqualTo("stark-ekonomi");
            });
    assertThat(point.indicators())
        .extracting(
            Indicator::key,
            Indicator::goal,
            Indicator::unit,
            i -> i.source().type(),
            i -> i.source().name())
        .containsExactly(
            tuple(
                "m-kostnad-hemtjanst",
                "m-kostnader",
                IndicatorUnit.KR,
                SourceType.KOLADA,
                "Kolada"),
            tuple("m-kostnad-sabo", "m-kostnader", IndicatorUnit.KR, SourceType.KOLADA, "Kolada"));
    for (Indicator proposed : point.indicators()) {
      assertThat(proposed.targets())
          .singleElement()
          .satisfies(
              t -> {
                assertThat(t.years()).containsExactly(2024, 2025, 2026, 2027);
                assertThat(t.target()).isEqualTo(new Target.Relative(Target.Standing.MIDDLE, 50));
                assertThat(t.target().text()).isEqualTo("middle 50%");
              });
    }
  }

  @Test
  void alesSavingsOf3Point4MkrAreSevenMeasuresWithoutAmounts() {
    SavingsMeasures savings = steering("ale-socialnamnden-2024").savingsMeasures();
    assertThat(savings.unit()).isEqualTo("Mkr");
    assertThat(savings.total()).isEqualByComparingTo("3.4");
    assertThat(savings.measures())
        .hasSize(7)
        .allMatch(m -> m.area().equals("funktionsstod") && m.amount() == null);
    assertThat(savings.sum()).isEmpty();
    assertThat(savings.measures())
        .extracting(SavingsMeasures.Measure::title)
        .contains("Avyttra 2 fordon", "Korrekta måltidsavdrag för brukare på LSS-boende");
  }

  @Test
  void alesEighteenOperationalMeasuresCoverThreeAreas() {
    List<OperationalMeasure> measures = steering("ale-socialnamnden-2024").followUp().measures();
    assertThat(measures).hasSize(18);
    Map<String, Long> perArea =
        measures.stream()
            .collect(
                Collectors.groupingBy(
                    OperationalMeasure::area, LinkedHashMap::new, Collectors.counting()));
    assertThat(perArea)
        .containsExactlyEntriesOf(orderedMap("aldreomsorg", 5L, "funktionsstod", 3L, "ifo", 10L));
    assertThat(measures)
        .filteredOn(m -> "antal".equals(m.unit()))
        .extracting(OperationalMeasure::name)
        .hasSize(15)
        .allMatch(n -> n.startsWith("Antal "));
  }

  @Test
  void alesDigitalisationActionPlanHasNineItemsEachWithResponsibleAndEffect() {
    List<ActionPlan> plans = steering("ale-socialnamnden-2024").goals().actionPlans();
    assertThat(plans)
        .singleElement()
        .satisfies(
            plan -> {
              assertThat(plan.title()).isEqualTo("Handlingsplan digitalisering");
              assertThat(plan.items())
                  .extracting(ActionPlan.Item::key)
                  .containsExactly(
                      "process-onskemal",
                      "blankett-onskemal",
                      "forstudier-automatisering",
                      "halsoarende",
                      "e-tjanst",
                      "digitala-blanketter",
                      "klassificering-arbetsform",
                      "stodfunktioner-tidsaxel",
                      "klassificering-kostnad");
              assertThat(plan.items())
                  .allMatch(
                      i -> i.responsible() != null && i.effect() != null && i.followUp() != null);
              assertThat(plan.items())
                  .extracting(ActionPlan.Item::activity)
                  .contains(
                      "Utveckla ytterligare 1 e-tjänst",
                      "Utveckla ytterligare 3 digitala blanketter");
              Map<String, ActionPlan.Item> byKey =
                  plan.items().stream()
                      .collect(Collectors.toMap(ActionPlan.Item::key, Function.identity()));
              assertThat(byKey.get("forstudier-automatisering").responsible())
                  .isEqualTo("verksamhetschef MOSS och utvecklingsledare digitalisering");
              assertThat(byKey.get("e-tjanst").due()).isEqualTo("2025-02");
              assertThat(byKey.get("halsoarende").due()).isNull();
            });
  }

  @Test
  void trollhattansThreeCouncilGoalsHaveFourCommitteeGoalsUnderOneFocusArea() {
    PlanDocument s = steering("trollhattan-omsorgsnamnden-2024");
    assertThat(s.goals().goals())
        .filteredOn(g -> g.level().equals("kf-mal"))
        .extracting(Goal::parent)
        .containsExactly("gront-tryggt", "gront-tryggt", "gront-tryggt");
    assertThat(s.goals().goals())
        .filteredOn(g -> g.level().equals("namndmal"))
        .extracting(Goal::parent)
        .containsExactly(
            "jamlika-livsvillkor",
            "jamlika-livsvillkor",
            "ekologisk-balans",
            "naringsliv-arbetsliv");
    assertThat(s.goals().goals())
        .filteredOn(g -> g.level().equals("namndmal"))
        .allMatch(g -> g.description() != null && g.followUp() != null);
  }

  @Test
  void trollhattansExecutiveBoardAssignmentCutsHomeCareBy29Point4Mkr() {
    PlanDocument s = steering("trollhattan-omsorgsnamnden-2024");
    Assignment homeCare =
        s.goals().assignments().stream()
            .filter(a -> a.key().equals("hemtjanstkostnader"))
            .findFirst()
            .orElseThrow();
    assertThat(homeCare.from()).isEqualTo(AssignmentSource.EXECUTIVE_BOARD);
    assertThat(homeCare.reference()).isEqualTo("KS 2023-08-30 § 257");
    assertThat(homeCare.amount()).isEqualByComparingTo("-29.4");
    assertThat(homeCare.unit()).isEqualTo("mkr");
    assertThat(homeCare.description()).contains("(KS 2023-08-30 § 257)", "minskats med 29,4 mkr");
    assertThat(s.goals().assignments())
        .extracting(Assignment::key, Assignment::from)
        .containsExactly(
            tuple("hemtjanstkostnader", AssignmentSource.EXECUTIVE_BOARD),
            tuple("frysta-taxor", AssignmentSource.COUNCIL));
  }

  // ---------------------------------------------------------------------------------------------

  private static Goal goal(PlanDocument s, String key) {
    return s.goals().goals().stream()
        .filter(g -> g.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no goal " + key));
  }

  private static Indicator indicator(PlanDocument s, String key) {
    return s.goals().indicators().stream()
        .filter(i -> i.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no indicator " + key));
  }

  private static Map<String, Long> orderedMap(Object... keysAndValues) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], (Long) keysAndValues[i + 1]);
    }
    return map;
  }

  /** The seed document of a demo plan, from src/test/resources/seed-texts. */
  static String seedText(String name) {
    return SeedFigures.seedText(name);
  }
}
