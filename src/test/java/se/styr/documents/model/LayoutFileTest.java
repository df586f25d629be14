package se.styr.documents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.styr.documents.model.DocumentLayout.Part;
import se.styr.documents.model.DocumentLayout.Placement;
import se.styr.shared.file.BadFileException;

class LayoutFileTest {

  @Test
  void readsWhereEachPartGoesUnderWhichHeading() {
    DocumentLayout layout =
        LayoutFile.read(
            "2061.yaml",
            """
            format: styr-layout/1
            municipality: '2061'
            contentsDepth: 3
            indicatorCharts: true
            parts:
              - {part: goals, after: verksamhetsmal}
              - {part: reservations, appendix: true, heading: Reservation}
            """);

    assertThat(layout.municipality()).isEqualTo("2061");
    assertThat(layout.contentsDepth()).isEqualTo(3);
    assertThat(layout.indicatorCharts()).isTrue();
    assertThat(layout.budgetCharts()).isTrue();
    assertThat(layout.placements())
        .containsExactly(
            new Placement(Part.GOALS, "verksamhetsmal", null, null, false),
            new Placement(Part.RESERVATIONS, null, "Reservation", null, true));
    assertThat(layout.allPlacements()).hasSize(Part.values().length);
  }

  @Test
  void namesEveryProblemOfABrokenLayoutByLine() {
    assertThatThrownBy(
            () ->
                LayoutFile.read(
                    "trasig.yaml",
                    """
                    format: styr-layout/2
                    contentsDepth: 9
                    colour: blue
                    parts:
                      - {part: goals, after: mal}
                      - {part: goals, after: slut}
                      - {part: budget}
                      - {part: reservations, appendix: true, after: mal}
                      - {part: providers, level: 7}
                    """))
        .isInstanceOf(BadFileException.class)
        .hasMessageContaining("trasig.yaml:1:")
        .hasMessageContaining("format 'styr-layout/2' is not styr-layout/1")
        .hasMessageContaining("trasig.yaml:2:")
        .hasMessageContaining("got 9")
        .hasMessageContaining("trasig.yaml:3:")
        .hasMessageContaining("unknown field 'colour'")
        .hasMessageContaining("trasig.yaml:6:")
        .hasMessageContaining("placed twice")
        .hasMessageContaining("trasig.yaml:7:")
        .hasMessageContaining("'budget' is not one of goals, activities")
        .hasMessageContaining("trasig.yaml:8:")
        .hasMessageContaining("an appendix is printed at the end")
        .hasMessageContaining("trasig.yaml:9:")
        .hasMessageContaining("a heading level is 1 to 6, got 7");
  }

  @Test
  void readsHowFollowUpReportsAreArranged() {
    DocumentLayout layout =
        LayoutFile.read(
            "1441.yaml",
            """
            format: styr-layout/1
            parts:
              - {part: goals, after: indikatorer}
            report:
              contentsDepth: 1
              deviationChart: false
              indicatorCharts: true
              parts:
                - {part: goals, heading: Måluppfyllelse}
                - {part: indicators, level: 2}
                - {part: providers, appendix: true}
            """);

    ReportLayout report = layout.report();
    assertThat(report.contentsDepth()).isEqualTo(1);
    assertThat(report.deviationChart()).isFalse();
    assertThat(report.indicatorCharts()).isTrue();
    assertThat(report.placements())
        .containsExactly(
            new ReportLayout.Placement(ReportLayout.Part.GOALS, "Måluppfyllelse", null, false),
            new ReportLayout.Placement(ReportLayout.Part.INDICATORS, null, 2, false),
            new ReportLayout.Placement(ReportLayout.Part.PROVIDERS, null, null, true));
    assertThat(report.allPlacements()).hasSize(ReportLayout.Part.values().length);
    assertThat(layout.placements()).hasSize(1);
  }

  @Test
  void aLayoutWithoutAReportSectionPrintsReportsInTheDefaultOrder() {
    assertThat(LayoutFile.read("x.yaml", "format: styr-layout/1\n").report())
        .isEqualTo(ReportLayout.DEFAULT);
  }

  @Test
  void namesEveryProblemOfABrokenReportSectionByLine() {
    assertThatThrownBy(
            () ->
                LayoutFile.read(
                    "trasig.yaml",
                    """
                    format: styr-layout/1
                    report:
                      contentsDepth: -1
                      colour: blue
                      parts:
                        - {part: economy}
                        - {part: economy, heading: Ekonomi}
                        - {part: budget}
                        - {part: goals, level: 0}
                        - {part: comments, after: ekonomi}
                    """))
        .isInstanceOf(BadFileException.class)
        .hasMessageContaining("trasig.yaml:3:")
        .hasMessageContaining("got -1")
        .hasMessageContaining("trasig.yaml:4:")
        .hasMessageContaining("unknown field 'colour'")
        .hasMessageContaining("trasig.yaml:7:")
        .hasMessageContaining("placed twice")
        .hasMessageContaining("trasig.yaml:8:")
        .hasMessageContaining("'budget' is not one of economy, budget_changes")
        .hasMessageContaining("trasig.yaml:9:")
        .hasMessageContaining("a heading level is 1 to 6, got 0")
        .hasMessageContaining("trasig.yaml:10:")
        .hasMessageContaining("unknown field 'after'");
  }

  @Test
  void refusesAFileThatIsNotYaml() {
    assertThatThrownBy(() -> LayoutFile.read("x.yaml", "parts: [unclosed"))
        .isInstanceOf(BadFileException.class)
        .hasMessageContaining("not valid YAML");
    assertThatThrownBy(() -> LayoutFile.read("x.yaml", ""))
        .isInstanceOf(BadFileException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void shipsALayoutForEachSeedMunicipalityAndTheDefaultForOthers() {
    for (String code : java.util.List.of("1488", "2061", "1441", "0181", "1440")) {
      assertThat(LayoutFile.forMunicipality(code, null).municipality()).isEqualTo(code);
    }
    assertThat(LayoutFile.forMunicipality("0114", null)).isEqualTo(DocumentLayout.DEFAULT);
  }

  @Test
  void anInstallationsOwnLayoutComesBeforeTheShippedOne(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("1488.yaml"), "format: styr-layout/1\ncontentsDepth: 0\n");

    assertThat(LayoutFile.forMunicipality("1488", folder).contentsDepth()).isZero();
    assertThat(LayoutFile.forMunicipality("2061", folder).municipality()).isEqualTo("2061");
  }

  @Test
  void anInstallationsLayoutIsReadAgainWhenItChanges(@TempDir Path folder) throws IOException {
    Path file =
        Files.writeString(folder.resolve("1441.yaml"), "format: styr-layout/1\ncontentsDepth: 1\n");
    assertThat(LayoutFile.forMunicipality("1441", folder).contentsDepth()).isEqualTo(1);

    Files.writeString(file, "format: styr-layout/1\ncontentsDepth: 3\n");
    Files.setLastModifiedTime(
        file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));

    assertThat(LayoutFile.forMunicipality("1441", folder).contentsDepth()).isEqualTo(3);
  }
}
