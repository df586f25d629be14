package se.styr.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.styr.goals.ChainBuilder.IndicatorBuilder.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.styr.goals.KpiFill.Kind;
import se.styr.goals.KpiFill.KpiValue;
import se.styr.goals.KpiFill.Proposal;

class KpiFillTest {
  private static final Fetched EARLIER = new Fetched("Kolada U21468 (T)", LocalDate.of(2026, 3, 1));
  private static final Fetched NOW = new Fetched("Kolada U21468 (T)", LocalDate.of(2026, 12, 4));

  private static KpiValue kolada(int year, String value) {
    return new KpiValue(year, value == null ? null : new BigDecimal(value), NOW);
  }

  @Test
  void fillsEmptyYearsRefreshesFetchedValuesAndNeverOverwritesAnEnteredValueUnasked() {
    Indicator nojdhet =
        indicator("nojdhet")
            .kpi("U21468")
            .better(Better.HIGHER)
            .value(2021, "80") // entered, same as Kolada's
            .value(2022, "81") // entered, Kolada says 83
            .fetchedValue(2023, "84", EARLIER) // fetched before, Kolada now says 85
            .value(2020, "77") // Kolada has none for 2020: kept
            .build();
    GoalChain chain = new ChainBuilder().indicator(nojdhet).chain();
    List<Proposal> proposals =
        KpiFill.propose(
            nojdhet,
            List.of(
                kolada(2024, "86"),
                kolada(2020, null),
                kolada(2021, "80.0"),
                kolada(2022, "83"),
                kolada(2023, "85")),
            chain,
            "2061");
    assertThat(proposals)
        .extracting(Proposal::year, Proposal::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2020, Kind.NOT_AT_KOLADA),
            org.assertj.core.groups.Tuple.tuple(2021, Kind.UNCHANGED),
            org.assertj.core.groups.Tuple.tuple(2022, Kind.CONFLICT),
            org.assertj.core.groups.Tuple.tuple(2023, Kind.REFRESHED),
            org.assertj.core.groups.Tuple.tuple(2024, Kind.NEW));

    Indicator unasked = KpiFill.apply(nojdhet, proposals, Set.of());
    assertThat(unasked.valueFor(2022).orElseThrow().value().text()).isEqualTo("81");
    assertThat(unasked.valueFor(2022).orElseThrow().entered()).isTrue();
    assertThat(unasked.valueFor(2023).orElseThrow().value().text()).isEqualTo("85");
    assertThat(unasked.valueFor(2023).orElseThrow().fetched()).isEqualTo(NOW);
    assertThat(unasked.valueFor(2024).orElseThrow().value().text()).isEqualTo("86");
    assertThat(unasked.valueFor(2020).orElseThrow().value().text()).isEqualTo("77");
    assertThat(unasked.valueFor(2021).orElseThrow().entered()).isTrue();
    assertThat(unasked.values())
        .extracting(IndicatorValue::period)
        .containsExactly("2020", "2021", "2022", "2023", "2024");

    Indicator asked = KpiFill.apply(nojdhet, proposals, Set.of(2022));
    assertThat(asked.valueFor(2022).orElseThrow().value().text()).isEqualTo("83");
    assertThat(asked.valueFor(2022).orElseThrow().fetched()).isEqualTo(NOW);
  }

  @Test
  void aMissingValueAtKoladaIsNeverFilledAsZero() {
    Indicator empty = indicator("x").kpi("U21468").build();
    List<Proposal> proposals =
        KpiFill.propose(
            empty,
            List.of(kolada(2023, null)),
            new ChainBuilder().indicator(empty).chain(),
            "2061");
    assertThat(KpiFill.apply(empty, proposals, Set.of(2023)).values()).isEmpty();
  }

  @Test
  void aFilledValueCarriesItsRankAmongTheComparisonData() {
    Indicator kostnad =
        indicator("kostnad").unit(IndicatorUnit.KR).kpi("N21890").better(Better.LOWER).build();
    GoalChain chain =
        new ChainBuilder()
            .indicator(kostnad)
            .comparison(
                "N21890", 2023, "0001", "52000", "0002", "61000", "0003", "38000", "2061", "1")
            .chain();
    List<Proposal> proposals =
        KpiFill.propose(kostnad, List.of(kolada(2023, "40000")), chain, "2061");
    IndicatorValue filled =
        KpiFill.apply(kostnad, proposals, Set.of()).valueFor(2023).orElseThrow();
    assertThat(filled.rank()).isEqualTo(2);
    assertThat(filled.of()).isEqualTo(4);
    assertThat(filled.swedish()).isEqualTo("40 000 (plats 2 av 4)");
  }

  @Test
  void refusesAnIndicatorWithoutKpiOrWithAUnitThatIsNoNumber() {
    Indicator unlinked = indicator("x").build();
    GoalChain chain = new ChainBuilder().indicator(unlinked).chain();
    assertThatThrownBy(() -> KpiFill.propose(unlinked, List.of(), chain, "2061"))
        .hasMessageContaining("not linked to a Kolada KPI");
    Indicator yesNo = indicator("y").unit(IndicatorUnit.YES_NO).kpi("U21468").build();
    assertThatThrownBy(() -> KpiFill.propose(yesNo, List.of(), chain, "2061"))
        .hasMessageContaining("has the unit yes_no");
  }
}
