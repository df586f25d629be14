package se.styr.documents.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;

/** A plan's needs forecast printed where its layout places it. */
class ForecastPrintTest {
  private static final PlanDocument SMEDJEBACKEN =
      PlanFileReader.read(Path.of("demo/smedjebacken-omsorgsnamnden-2025.yaml"));

  private static List<Printed> smedjebacken() {
    DocumentLayout layout = LayoutFile.forMunicipality("2061", Path.of("no-such-folder"));
    return PlanPrinter.print(SMEDJEBACKEN, layout).body();
  }

  private static int index(List<Printed> body, java.util.function.Predicate<Printed> which) {
    for (int i = 0; i < body.size(); i++) {
      if (which.test(body.get(i))) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void printsTheForecastTablesAndChartsAfterThePlacesTextOfSmedjebackensPlan() {
    List<Printed> body = smedjebacken();
    int heading =
        index(
            body,
            p ->
                p instanceof Printed.Heading h
                    && h.text().equals("Behovsprognos beräknad ur planens tabeller"));
    int text =
        index(
            body,
            p ->
                p instanceof Printed.Prose prose
                    && prose.markdown().startsWith("I tabellen ovan ser vi"));
    int goals =
        index(
            body,
            p -> p instanceof Printed.Heading h && h.text().equals("Verksamhetsmål 2024-2027"));
    assertThat(text).isPositive();
    assertThat(heading).isEqualTo(text + 1);
    assertThat(heading).isLessThan(goals);

    List<PrintedTable> tables =
        body.subList(heading, goals).stream()
            .filter(Printed.Table.class::isInstance)
            .map(p -> ((Printed.Table) p).table())
            .toList();
    assertThat(tables)
        .extracting(PrintedTable::caption)
        .startsWith(
            "Folkmängd per åldersband",
            "Antal brukare per insats och åldersband",
            "Platser i Särskilt boende: behov (boende och kö delat med omsättningshastigheten 1,34)"
                + " mot befintliga platser");
    PrintedTable recipients = tables.get(1);
    assertThat(recipients.rows().get(0).cells())
        .startsWith("Hemtjänst, 65-79 år (andel 4,46 %)", "76", "112", "116", "108", "105");
    assertThat(body.subList(heading, goals))
        .filteredOn(Printed.Figure.class::isInstance)
        .hasSize(2);
  }

  @Test
  void printsNothingForAPlanWithoutAForecast() {
    PlanDocument trollhattan =
        PlanFileReader.read(Path.of("demo/trollhattan-omsorgsnamnden-2024.yaml"));
    assertThat(PlanPrinter.print(trollhattan, DocumentLayout.DEFAULT).body())
        .noneMatch(p -> p instanceof Printed.Heading h && h.text().equals("Behovsprognos"));
  }
}
