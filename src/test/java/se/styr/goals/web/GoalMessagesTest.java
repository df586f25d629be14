package se.styr.goals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.styr.checks.GoalFindingKind;
import se.styr.followup.ReportingOccasion;
import se.styr.goals.AssignmentSource;
import se.styr.goals.CouncilGoalType;
import se.styr.goals.GapPolicy;
import se.styr.goals.IndicatorUnit;
import se.styr.goals.Outlook;
import se.styr.goals.Result;
import se.styr.goals.RuleKind;
import se.styr.goals.SourceType;
import se.styr.shared.Status;

/**
 * Every text the goals templates ask for exists, in Swedish and English alike, and nothing is
 * hard-coded.
 */
class GoalMessagesTest {
  private static final Path TEMPLATES = Path.of("src/main/resources/templates/goals");
  private static final Pattern LITERAL_KEY =
      Pattern.compile("#\\{(goals\\.[A-Za-z.]+[A-Za-z])[(}]");
  private static final Pattern PREFIX_KEY = Pattern.compile("['(](goals\\.[A-Za-z.]+\\.)'");

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  private static String templates() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      for (Path file : files.sorted().toList()) {
        all.append(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  @Test
  void swedishAndEnglishHoldTheSameKeys() throws IOException {
    assertThat(bundle("goals_en.properties").stringPropertyNames())
        .isEqualTo(bundle("goals.properties").stringPropertyNames());
  }

  @Test
  void everyKeyTheTemplatesNameExists() throws IOException {
    Set<String> keys = bundle("goals.properties").stringPropertyNames();
    Matcher literal = LITERAL_KEY.matcher(templates());
    Set<String> missing = new TreeSet<>();
    while (literal.find()) {
      if (!keys.contains(literal.group(1))) {
        missing.add(literal.group(1));
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyValueAKeyIsMadeFromHasItsText() throws IOException {
    Set<String> keys = bundle("goals.properties").stringPropertyNames();
    Set<String> prefixes = new TreeSet<>();
    Matcher prefix = PREFIX_KEY.matcher(templates());
    while (prefix.find()) {
      prefixes.add(prefix.group(1));
    }
    assertThat(prefixes)
        .containsExactlyInAnyOrder(
            "goals.result.",
            "goals.rule.",
            "goals.finding.",
            "goals.finding.short.",
            "goals.type.",
            "goals.unit.",
            "goals.source.",
            "goals.indicator.level.",
            "goals.outlook.",
            "goals.statusOf.",
            "goals.assignment.source.",
            "goals.reporting.",
            "goals.rules.gap.");
    List<String> needed = new ArrayList<>();
    Arrays.stream(Result.values())
        .forEach(r -> needed.add("goals.result." + AssessmentView.css(r)));
    names(RuleKind.values()).forEach(k -> needed.add("goals.rule." + k));
    names(GoalFindingKind.values())
        .forEach(
            k -> {
              needed.add("goals.finding." + k);
              needed.add("goals.finding.short." + k);
            });
    names(CouncilGoalType.values()).forEach(k -> needed.add("goals.type." + k));
    names(IndicatorUnit.values()).forEach(k -> needed.add("goals.unit." + k));
    names(SourceType.values()).forEach(k -> needed.add("goals.source." + k));
    List.of("OFFICE", "UNIT").forEach(k -> needed.add("goals.indicator.level." + k));
    names(Outlook.Direction.values()).forEach(k -> needed.add("goals.outlook." + k));
    names(Status.values()).forEach(k -> needed.add("goals.statusOf." + k));
    names(AssignmentSource.values()).forEach(k -> needed.add("goals.assignment.source." + k));
    names(ReportingOccasion.values()).forEach(k -> needed.add("goals.reporting." + k));
    names(GapPolicy.values()).forEach(k -> needed.add("goals.rules.gap." + k));
    assertThat(keys).containsAll(needed);
  }

  @Test
  void templatesHoldNoTextOutsideTheBundles() throws IOException {
    // Text between tags that Thymeleaf does not replace: only punctuation and dashes may stand
    // there.
    String markup = templates().replaceAll("(?s)<!--.*?-->", "");
    Matcher text = Pattern.compile(">([^<]+)<").matcher(markup);
    Set<String> found = new TreeSet<>();
    while (text.find()) {
      String between = text.group(1).strip();
      if (!between.isEmpty() && !between.matches("[–,:()]+")) {
        found.add(between);
      }
    }
    // What stands inside elements with th:text is replaced; collect those elements' placeholders to
    // allow them.
    Matcher replaced = Pattern.compile("<[^>]*th:(?:text|utext)=[^>]*>([^<]*)<").matcher(markup);
    while (replaced.find()) {
      found.remove(replaced.group(1).strip());
    }
    assertThat(found).isEmpty();
  }
}
