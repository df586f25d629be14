package se.styr.documents.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.styr.followup.ReportingOccasion;
import se.styr.goals.AssignmentSource;
import se.styr.goals.CouncilGoalType;
import se.styr.goals.IndicatorLevel;
import se.styr.goals.Outlook;
import se.styr.goals.SourceType;
import se.styr.shared.Status;

/**
 * Every word a document asks for exists, whether named in the code, in the template or made from an
 * enum.
 */
class DocumentWordsTest {
  private static final Pattern KEY_IN_CODE =
      Pattern.compile("\"((?:document|goals)\\.[A-Za-z_.]*[A-Za-z_])\"");
  private static final Pattern KEY_IN_TEMPLATE =
      Pattern.compile("#\\{((?:document|goals)\\.[A-Za-z_.]+[A-Za-z_])[(}]");

  @Test
  void everyKeyTheCodeAndTemplateNameHasItsText() throws IOException {
    Set<String> missing = new TreeSet<>();
    StringBuilder code = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/se/styr/documents"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        code.append(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    collect(KEY_IN_CODE.matcher(code), missing);
    collect(
        KEY_IN_TEMPLATE.matcher(
            Files.readString(Path.of("src/main/resources/templates/documents/plan.html"))),
        missing);
    assertThat(missing).isEmpty();
  }

  @Test
  void everyEnumValueADocumentPrintsHasItsWord() {
    for (Status status : Status.values()) {
      assertThat(DocumentWords.of("goals.statusOf.", status)).isNotBlank();
    }
    for (CouncilGoalType type : CouncilGoalType.values()) {
      assertThat(DocumentWords.of("goals.type.", type)).isNotBlank();
    }
    for (AssignmentSource source : AssignmentSource.values()) {
      assertThat(DocumentWords.of("goals.assignment.source.", source)).isNotBlank();
    }
    for (Outlook.Direction direction : Outlook.Direction.values()) {
      assertThat(DocumentWords.of("goals.outlook.", direction)).isNotBlank();
    }
    for (SourceType type : SourceType.values()) {
      assertThat(DocumentWords.of("goals.source.", type)).isNotBlank();
    }
    for (ReportingOccasion occasion : ReportingOccasion.values()) {
      assertThat(DocumentWords.of("goals.reporting.", occasion)).isNotBlank();
    }
    for (IndicatorLevel level : IndicatorLevel.values()) {
      if (level != IndicatorLevel.COMMITTEE) {
        assertThat(DocumentWords.of("goals.indicator.level.", level)).isNotBlank();
      }
    }
    for (DocumentLayout.Part part : DocumentLayout.Part.values()) {
      assertThat(DocumentWords.get("document.part." + part.fileName())).isNotBlank();
    }
  }

  @Test
  void fillsInArgumentsAndWritesYearsWithoutGrouping() {
    assertThat(DocumentWords.get("document.goal.assessment", 2025)).isEqualTo("Bedömning 2025");
    assertThat(DocumentWords.get("document.appendix", 1, "Reservation"))
        .isEqualTo("Bilaga 1: Reservation");
  }

  private static void collect(Matcher matcher, Set<String> missing) {
    while (matcher.find()) {
      String key = matcher.group(1);
      try {
        DocumentWords.get(key);
      } catch (java.util.MissingResourceException e) {
        missing.add(key);
      }
    }
  }
}
