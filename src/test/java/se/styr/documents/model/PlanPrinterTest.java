package se.styr.documents.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.styr.documents.DocumentPlans;
import se.styr.documents.html.HtmlRenderer;
import se.styr.documents.model.DocumentLayout.Part;
import se.styr.documents.model.DocumentLayout.Placement;
import se.styr.plan.PlanDocument;

class PlanPrinterTest {

  @Test
  void printsTheSectionsAndTablesInTheirOrderWithHeadingsForTheContents() {
    PlanDocument plan =
        DocumentPlans.plan(
            DocumentPlans.DRAFT,
            """
              - {section: intro, title: Inledning, level: 1, text: Nämnden ansvarar för äldreomsorgen.}
              - {section: ekonomi, title: Ekonomi, level: 1}
              - {section: drift-text, title: Drift, level: 2, text: Driften i korthet.}
            """
                + DocumentPlans.TABLE
                + """
                  - {section: slut, level: 2, text: Efter tabellen.}
                """,
            "");
    PrintedPlan printed = PlanPrinter.print(plan, DocumentLayout.DEFAULT);

    assertThat(printed.body())
        .extracting(Printed::kind)
        .containsExactly(
            "heading", "prose", "heading", "heading", "prose", "table", "figure", "prose");
    assertThat(printed.contents())
        .extracting(Printed.Heading::text)
        .containsExactly("Inledning", "Ekonomi", "Drift");
    assertThat(printed.contents())
        .extracting(Printed.Heading::anchor)
        .containsExactly("s-intro", "s-ekonomi", "s-drift-text");
  }

  @Test
  void printsFiguresInSwedishFormatAtTheirStatedPrecisionWithTheUnitInTheCaption() {
    PrintedTable table =
        onlyTable(
            PlanPrinter.print(
                DocumentPlans.plan(DocumentPlans.DRAFT, DocumentPlans.TABLE, ""),
                DocumentLayout.DEFAULT));

    assertThat(table.title()).isEqualTo("Driftsammandrag (tkr)");
    assertThat(table.columns())
        .extracting(PrintedTable.Column::label)
        .containsExactly("", "Budget 2023", "Budget 2024");
    assertThat(table.rows().get(0).cells())
        .containsExactly("Särskilt boende", "1\u00a0325\u00a0246", "110,5");
    assertThat(table.rows().get(1).cells()).containsExactly("Hemtjänst", "-16,9", "210,0");
    assertThat(table.rows().get(2).kind()).isEqualTo(PrintedTable.RowKind.TOTAL);
  }

  @Test
  void printsRowCommentsInALastColumnAndPartsIndentedUnderTheirRow() {
    PlanDocument plan =
        DocumentPlans.plan(
            DocumentPlans.DRAFT,
            """
              - table: ram
                kind: frame_changes
                title: Ramförändringar
                unit: mkr
                columns: [{key: belopp, label: Belopp, type: amount}]
                rows:
                  - {key: hyra, label: Ökad hyra, note: delårseffekt av hyra, values: [1.0]}
                  - {key: assistans, label: Stärkt rätt till assistans, values: [-1.1]}
            """,
            "");
    PrintedTable table = onlyTable(PlanPrinter.print(plan, DocumentLayout.DEFAULT));

    assertThat(table.columns())
        .extracting(PrintedTable.Column::label)
        .containsExactly("", "Belopp", "Kommentar");
    assertThat(table.rows().get(0).cells())
        .containsExactly("Ökad hyra", "1,0", "delårseffekt av hyra");
    assertThat(table.rows().get(1).cells())
        .containsExactly("Stärkt rätt till assistans", "-1,1", "");
  }

  @Test
  void aDraftCarriesTheWatermarkAndADecidedPlanItsDecisionOnTheTitlePage() {
    PrintedPlan draft =
        PlanPrinter.print(
            DocumentPlans.plan(DocumentPlans.DRAFT, DocumentPlans.TABLE, ""),
            DocumentLayout.DEFAULT);
    PrintedPlan decided =
        PlanPrinter.print(
            DocumentPlans.plan(
                """
                {number: 2, status: decided, decisions: [
                    {date: 2024-01-24, paragraph: § 5, dnr: SON23.126, body: Stöd- och omsorgsnämnden},
                    {date: 2024-02-28, paragraph: § 12, dnr: SON23.112, note: Uppdaterad efter beslut om internkontrollplan}]}\
                """,
                DocumentPlans.TABLE,
                ""),
            DocumentLayout.DEFAULT);

    assertThat(draft.watermark()).isEqualTo("Utkast");
    assertThat(facts(draft.titlePage()))
        .containsEntry("Status", "Utkast, ej beslutat")
        .doesNotContainKey("Beslutsdatum");
    assertThat(decided.watermark()).isNull();
    assertThat(facts(decided.titlePage()))
        .containsEntry("Status", "Beslutat")
        .containsEntry("Beslutsdatum", "2024-02-28")
        .containsEntry("Paragraf", "§ 12")
        .containsEntry("Diarienummer", "SON23.112")
        .containsEntry("Anmärkning", "Uppdaterad efter beslut om internkontrollplan")
        .containsEntry("Tidigare beslut", "2024-01-24, § 5, SON23.126, Stöd- och omsorgsnämnden")
        .containsEntry("Version", "2");
    assertThat(decided.titlePage().municipality()).isEqualTo("Trollhättan");
    assertThat(decided.titlePage().documentType()).isEqualTo("Verksamhetsplan 2024");
    assertThat(decided.titlePage().period()).isEqualTo("2024–2025");
  }

  @Test
  void leavesOutWhatAPlanDoesNotStateRatherThanPrintingNull() {
    PrintedPlan printed =
        PlanPrinter.print(
            DocumentPlans.plan(
                "{number: 1, status: decided, decisions: [{date: 2024-10-14}]}",
                DocumentPlans.TABLE,
                ""),
            DocumentLayout.DEFAULT);

    assertThat(facts(printed.titlePage())).containsOnlyKeys("Status", "Beslutsdatum", "Version");
    assertThat(HtmlRenderer.page(printed)).doesNotContain("null");
  }

  @Test
  void placesAPartAfterTheSectionTheLayoutNamesUnderThatSectionsHeading() {
    PlanDocument plan =
        DocumentPlans.plan(
            DocumentPlans.DRAFT,
            """
              - {section: mal, title: Nämndens mål, level: 1}
              - {section: ekonomi, title: Ekonomi, level: 1}
            """,
            """
            goalLevels: [{key: kf, name: KF-mål, kind: council_goal}, {key: nm, name: Nämndmål, kind: committee_goal}]
            goals:
              - {key: kf1, level: kf, number: KF-mål 1, title: Tryggt och jämlikt}
              - {key: nm1, level: nm, parent: kf1, title: Goda livsvillkor, description: Alla ska känna tillit.}
            indicators:
              - {key: nojdhet, goal: nm1, name: Nöjdhet hemtjänst, unit: percent, baseline: {value: 88, period: '2023'},
                 targets: [{years: [2024], printed: Minst 90 %, target: '>= 90'}], source: {type: user_survey}}
            """);
    DocumentLayout layout =
        new DocumentLayout(
            "1488", 2, List.of(new Placement(Part.GOALS, "mal", null, null, false)), false, false);

    List<Printed> body = PlanPrinter.print(plan, layout).body();

    assertThat(headings(body))
        .containsExactly(
            "1 Nämndens mål",
            "2 KF-mål 1: Tryggt och jämlikt",
            "3 Nämndmål: Goda livsvillkor",
            "1 Ekonomi");
    PrintedTable indicators =
        body.stream()
            .filter(Printed.Table.class::isInstance)
            .map(b -> ((Printed.Table) b).table())
            .findFirst()
            .orElseThrow();
    assertThat(indicators.columns())
        .extracting(PrintedTable.Column::label)
        .containsExactly("Indikator", "Ingående värde", "Mål 2024", "Källa");
    assertThat(indicators.rows().get(0).cells())
        .containsExactly("Nöjdhet hemtjänst", "88 (2023)", "Minst 90 %", "Brukarundersökning");
  }

  @Test
  void placesAPartAtTheHeadingLevelTheLayoutGives() {
    PlanDocument plan =
        DocumentPlans.plan(
            DocumentPlans.DRAFT,
            """
              - {section: styrning, title: 1.3 Målstyrning, level: 1}
              - {section: bedomning, title: Bedömning av KF-målen, level: 2}
            """,
            """
            goalLevels: [{key: omrade, name: Målområde, kind: goal_area}]
            goals: [{key: social, level: omrade, title: Social hållbarhet}]
            """);
    DocumentLayout layout =
        new DocumentLayout(
            null, 2, List.of(new Placement(Part.GOALS, "bedomning", null, 2, false)), false, false);

    assertThat(headings(PlanPrinter.print(plan, layout).body()))
        .containsExactly(
            "1 1.3 Målstyrning", "2 Bedömning av KF-målen", "2 Målområde: Social hållbarhet");
  }

  @Test
  void printsAPartAtTheEndUnderItsDefaultHeadingWhenItsSectionIsMissing() {
    PlanDocument plan =
        DocumentPlans.plan(
            DocumentPlans.DRAFT,
            """
              - {section: intro, title: Inledning, level: 1}
            """,
            """
            providers: [{key: p1, operation: Hemtjänst Norr, provider: Attendo}]
            """);
    DocumentLayout layout =
        new DocumentLayout(
            null,
            2,
            List.of(new Placement(Part.PROVIDERS, "finns-inte", null, null, false)),
            false,
            false);

    assertThat(headings(PlanPrinter.print(plan, layout).body()))
        .containsExactly("1 Inledning", "1 Privata utförare");
  }

  @Test
  void printsReservationsAsANumberedAppendixOnANewPage() {
    PlanDocument plan =
        DocumentPlans.plan(
            DocumentPlans.DRAFT,
            """
              - {section: intro, title: Inledning, level: 1}
            """,
            """
            reservations:
              - key: m
                member: {name: Kristina Karlsson, party: M}
                date: 2024-10-14
                title: Reservation från Moderaterna
                motivation: Vi föreslår andra mål.
                points:
                  - {number: 1, proposal: Att målen ersätts., reason: De mäter fel saker.}
            """);
    List<Printed> body = PlanPrinter.print(plan, DocumentLayout.DEFAULT).body();

    assertThat(body.get(1)).isInstanceOf(Printed.PageBreak.class);
    assertThat(headings(body))
        .containsExactly(
            "1 Inledning",
            "1 Bilaga 1: Reservationer",
            "2 Reservation från Moderaterna",
            "3 Punkt 1");
  }

  @Test
  void printsNoPartAtAllForWhatThePlanDoesNotHave() {
    PrintedPlan printed =
        PlanPrinter.print(
            DocumentPlans.plan(DocumentPlans.DRAFT, DocumentPlans.TABLE, ""),
            DocumentLayout.DEFAULT);

    assertThat(printed.body()).noneMatch(Printed.Heading.class::isInstance);
    assertThat(printed.body()).noneMatch(Printed.PageBreak.class::isInstance);
  }

  @Test
  void everySeedPrintsEveryGoalIndicatorSectionAndTable() {
    for (String seed : DocumentPlans.SEEDS) {
      PlanDocument plan = DocumentPlans.seed(seed);
      PrintedPlan printed = DocumentPlans.printedSeed(seed);
      String text = text(printed);
      plan.sections().stream()
          .filter(s -> s.title() != null)
          .forEach(s -> assertThat(text).as(seed).contains(s.title()));
      plan.goals().goals().forEach(g -> assertThat(text).as(seed).contains(g.title()));
      plan.goals().indicators().forEach(i -> assertThat(text).as(seed).contains(i.name()));
      plan.tables().forEach(t -> assertThat(text).as(seed).contains(t.title()));
      assertThat(printed.body().stream().filter(Printed.Table.class::isInstance).count())
          .as(seed)
          .isGreaterThanOrEqualTo(plan.tables().size());
    }
  }

  static PrintedTable onlyTable(PrintedPlan printed) {
    return printed.body().stream()
        .filter(Printed.Table.class::isInstance)
        .map(b -> ((Printed.Table) b).table())
        .findFirst()
        .orElseThrow();
  }

  static Map<String, String> facts(TitlePage page) {
    return page.facts().stream()
        .collect(Collectors.toMap(TitlePage.Fact::label, TitlePage.Fact::value));
  }

  /** "2 Rubrik": each heading's level and text. */
  static List<String> headings(List<Printed> body) {
    return body.stream()
        .filter(Printed.Heading.class::isInstance)
        .map(b -> (Printed.Heading) b)
        .map(h -> h.level() + " " + h.text())
        .toList();
  }

  /** Every text of the document model, one block after another, for containment checks. */
  static String text(PrintedPlan printed) {
    StringBuilder text = new StringBuilder();
    for (Printed block : printed.body()) {
      if (block instanceof Printed.Heading h) {
        text.append(h.text());
      } else if (block instanceof Printed.Prose p) {
        text.append(p.markdown());
      } else if (block instanceof Printed.Paragraphs p) {
        p.text()
            .blocks()
            .forEach(
                b -> text.append(b.list() ? String.join("\n", b.items()) : b.text()).append('\n'));
      } else if (block instanceof Printed.Facts f) {
        f.facts()
            .forEach(
                fact -> text.append(fact.label()).append(' ').append(fact.value()).append('\n'));
      } else if (block instanceof Printed.Table t) {
        text.append(t.table().title()).append('\n');
        t.table().rows().forEach(r -> text.append(String.join(" ", r.cells())).append('\n'));
      }
      text.append('\n');
    }
    return text.toString();
  }
}
