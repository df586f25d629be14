package se.styr.documents.model;

import java.util.ArrayList;
import java.util.List;
import se.styr.charts.Chart;
import se.styr.charts.ChartTable;
import se.styr.texts.TextBlocks;

/**
 * Printed plans for the renderers' tests, built block by block; anchors are numbered "b-1", "b-2"
 * ....
 */
public final class PrintedPlanBuilder {

  private final List<Printed> body = new ArrayList<>();
  private final List<TitlePage.Fact> facts =
      new ArrayList<>(List.of(new TitlePage.Fact("Status", "Beslutat")));
  private String title = "Verksamhetsplan 2025";
  private String runningHeader = "Lillby kommun · Omsorgsnämnden · Verksamhetsplan 2025";
  private String watermark;
  private int contentsDepth = 2;
  private int anchors;

  public static PrintedPlanBuilder plan() {
    return new PrintedPlanBuilder();
  }

  /** A seed plan of demo/ printed as the application prints it by default. */
  public PrintedPlanBuilder draft() {
    watermark = "Utkast";
    return this;
  }

  public PrintedPlanBuilder title(String text) {
    title = text;
    return this;
  }

  public PrintedPlanBuilder runningHeader(String text) {
    runningHeader = text;
    return this;
  }

  public PrintedPlanBuilder titleFact(String label, String value) {
    facts.add(new TitlePage.Fact(label, value));
    return this;
  }

  public PrintedPlanBuilder contentsDepth(int depth) {
    contentsDepth = depth;
    return this;
  }

  public PrintedPlanBuilder heading(int level, String text) {
    body.add(new Printed.Heading(level, text, anchor(), true));
    return this;
  }

  /** A heading the contents leave out. */
  public PrintedPlanBuilder unlistedHeading(int level, String text) {
    body.add(new Printed.Heading(level, text, anchor(), false));
    return this;
  }

  public PrintedPlanBuilder prose(String markdown) {
    body.add(new Printed.Prose(markdown));
    return this;
  }

  public PrintedPlanBuilder paragraphs(String label, String text) {
    body.add(new Printed.Paragraphs(label, TextBlocks.of(text)));
    return this;
  }

  public PrintedPlanBuilder facts(String... labelsAndValues) {
    List<TitlePage.Fact> list = new ArrayList<>();
    for (int i = 0; i < labelsAndValues.length; i += 2) {
      list.add(new TitlePage.Fact(labelsAndValues[i], labelsAndValues[i + 1]));
    }
    body.add(new Printed.Facts(list));
    return this;
  }

  public PrintedPlanBuilder table(PrintedTable table) {
    body.add(new Printed.Table(table));
    return this;
  }

  public PrintedPlanBuilder figure(Chart chart) {
    body.add(new Printed.Figure(anchor(), chart));
    return this;
  }

  public PrintedPlanBuilder pageBreak() {
    body.add(new Printed.PageBreak());
    return this;
  }

  public PrintedPlan build() {
    TitlePage titlePage =
        new TitlePage("Lillby kommun", "Omsorgsnämnden", title, "2025–2027", facts);
    return new PrintedPlan(
        "sv",
        title,
        runningHeader,
        "Lillby kommun, Omsorgsnämnden: " + title + ".",
        titlePage,
        watermark,
        contentsDepth,
        body);
  }

  private String anchor() {
    return "b-" + ++anchors;
  }

  /** An operating summary with a group, items, an indented part, a subtotal, a total and a note. */
  public static PrintedTable budget(String caption, boolean landscape) {
    List<PrintedTable.Column> columns =
        List.of(
            new PrintedTable.Column("", false),
            new PrintedTable.Column("Budget 2024", true),
            new PrintedTable.Column("Budget 2025", true),
            new PrintedTable.Column("Kommentar", false));
    List<PrintedTable.Row> rows =
        List.of(
            new PrintedTable.Row(List.of("Verksamhet", "", "", ""), PrintedTable.RowKind.GROUP, 0),
            PrintedTable.Row.item(List.of("Hemtjänst", "1\u00a0200", "1\u00a0250", "Fler brukare")),
            new PrintedTable.Row(
                List.of("varav nattpatrull", "300", "310", ""), PrintedTable.RowKind.ITEM, 1),
            PrintedTable.Row.item(List.of("Särskilt boende", "2\u00a0400", "2\u00a0520", "")),
            new PrintedTable.Row(
                List.of("Summa vård", "3\u00a0600", "3\u00a0770", ""),
                PrintedTable.RowKind.SUBTOTAL,
                0),
            PrintedTable.Row.item(List.of("Nämnd", "-40", "-41,5", "")),
            new PrintedTable.Row(
                List.of("Summa", "3\u00a0560", "3\u00a0728,5", ""), PrintedTable.RowKind.TOTAL, 0));
    return new PrintedTable(
        "t-" + caption.toLowerCase().replace(' ', '-'),
        caption,
        "tkr",
        columns,
        rows,
        List.of("Beloppen avser nettokostnad."),
        landscape);
  }

  /** A small bar chart as the charts package writes them: size, title, description. */
  public static Chart chart() {
    String svg =
        """
        <svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 400.0 200.0" width="400.0" height="200.0" \
        font-family="Arial, Helvetica, sans-serif" font-size="12">
        <title id="c-title">Nettokostnad per verksamhet</title>
        <desc id="c-desc">Hemtjänst 1 250 tkr och särskilt boende 2 520 tkr år 2025.</desc>
        <rect x="120" y="20" width="100" height="30" fill="#1f5f99"/>
        <rect x="120" y="70" width="200" height="30" fill="#b8560f"/>
        <text x="110" y="40" text-anchor="end">Hemtjänst</text>
        <text x="110" y="90" text-anchor="end">Särskilt boende</text>
        </svg>\
        """;
    ChartTable table =
        new ChartTable(
            "Nettokostnad per verksamhet",
            List.of("Verksamhet", "2025"),
            List.of(
                new ChartTable.Row("Hemtjänst", List.of("1 250")),
                new ChartTable.Row("Särskilt boende", List.of("2 520"))),
            List.of());
    return new Chart(
        "Nettokostnad per verksamhet",
        "Hemtjänst 1 250 tkr och särskilt boende 2 520 tkr år 2025.",
        svg,
        table);
  }
}
