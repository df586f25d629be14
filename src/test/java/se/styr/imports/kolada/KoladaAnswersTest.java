package se.styr.imports.kolada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.styr.shared.InvalidValueException;

class KoladaAnswersTest {
  private static String answer(String name) throws IOException {
    try (var in = KoladaAnswersTest.class.getResourceAsStream("/kolada/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aPageOfTheKpiCatalogueIsReadWithItsNextPage() throws IOException {
    KoladaPage<KoladaKpi> page = KoladaAnswers.kpis(answer("kpi-search-page1.json"));
    assertThat(page.values()).extracting(KoladaKpi::id).containsExactly("U23471", "N21026");
    assertThat(page.count()).isEqualTo(2);
    assertThat(page.hasNext()).isTrue();
    KoladaKpi first = page.values().get(0);
    assertThat(first.dividedByGender()).isTrue();
    assertThat(first.publicationDate()).isEqualTo(LocalDate.of(2024, 10, 15));
    // yes and no as 1 and 0 too, as some v3 answers write them; no description stays null
    KoladaKpi second = page.values().get(1);
    assertThat(second.dividedByGender()).isFalse();
    assertThat(second.description()).isNull();
  }

  @Test
  void municipalitiesKeepTheirLeadingZerosAndTellMunicipalitiesFromTheCountry() throws IOException {
    KoladaPage<KoladaMunicipality> page =
        KoladaAnswers.municipalities(answer("municipalities.json"));
    assertThat(page.values())
        .extracting(KoladaMunicipality::id)
        .containsExactly("0000", "0180", "2061");
    assertThat(page.values()).filteredOn(KoladaMunicipality::isMunicipality).hasSize(2);
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  void municipalityGroupsListTheirMembersNamedEitherWay() throws IOException {
    List<KoladaGroup> groups = KoladaAnswers.groups(answer("municipality-groups.json")).values();
    assertThat(groups).extracting(KoladaGroup::id).containsExactly("G124064", "G33");
    assertThat(groups.get(0).members()).containsExactly("2061", "2023", "1904", "2084");
    assertThat(groups.get(1).members()).containsExactly("0180", "1480");
    assertThatThrownBy(
            () -> KoladaAnswers.groups("{\"values\": [{\"id\": \"G1\", \"title\": \"x\"}]}"))
        .hasMessageContaining("values[0]")
        .hasMessageContaining("members");
  }

  @Test
  void organisationalUnitsNameTheirMunicipality() {
    List<KoladaUnit> units =
        KoladaAnswers.units(
                """
                {"count": 1, "values": [{"id": "V21E206100101", "title": "Solgården (konstruerat)",
                  "municipality": "2061"}], "next_url": null}
                """)
            .values();
    assertThat(units)
        .containsExactly(new KoladaUnit("V21E206100101", "Solgården (konstruerat)", "2061"));
    assertThat(KoladaRequests.units("2061")).isEqualTo("/ou?municipality=2061&per_page=5000");
    assertThatThrownBy(() -> KoladaRequests.units("20 61")).hasMessageContaining("20 61");
  }

  @Test
  void dataValuesAreExactAMissingValueIsNullAndBothDeletionFlagsAreRead() throws IOException {
    List<KoladaValue> values = KoladaAnswers.data(answer("data-incremental.json")).values();
    assertThat(values).hasSize(4);
    assertThat(values.get(0).value()).isEqualByComparingTo("88.25");
    assertThat(values.get(0).value().toPlainString()).isEqualTo("88.25");
    assertThat(values.get(1).value()).isEqualTo(new BigDecimal("90.1"));
    assertThat(values.get(2).value()).isNull();
    assertThat(values.get(2).status()).isEqualTo("Missing");
    assertThat(values.get(3).year()).isEqualTo(2022);
    assertThat(values.get(3).deleted()).isTrue();
    assertThat(values.get(0).deleted()).isFalse();
    assertThat(values).allSatisfy(v -> assertThat(v.unit()).isEqualTo("2061"));
  }

  @Test
  void anAnswerThatIsNotKoladasIsRefusedNamingItemAndField() {
    assertThatThrownBy(() -> KoladaAnswers.data("<html>"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> KoladaAnswers.data("{\"count\": 0}"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(
            () ->
                KoladaAnswers.data(
                    "{\"values\": [{\"kpi\": \"N1\", \"municipality\": \"0180\", \"period\":"
                        + " \"förra året\", \"values\": []}]}"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(InvalidValueException.textOf(e).arguments())
                    .containsExactly("values[0]", "period"));
    assertThatThrownBy(
            () ->
                KoladaAnswers.data(
                    "{\"values\": [{\"kpi\": \"N1\", \"municipality\": \"0180\", \"period\": 2023,"
                        + " \"values\": [{\"gender\": \"T\", \"value\": \"41,2\"}]}]}"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(InvalidValueException.textOf(e).arguments())
                    .containsExactly("values[0].values[0]", "value"));
  }

  @Test
  void aLargeFetchIsSplitIntoRequestsOfAtMostTwentyFiveIdsOfEachKind() {
    List<String> kpis = IntStream.range(0, 30).mapToObj(i -> "N" + (10000 + i)).toList();
    List<String> municipalities =
        IntStream.range(0, 290).mapToObj(i -> String.format("%04d", 100 + i)).toList();
    List<Integer> years = List.of(2021, 2022, 2023);
    List<String> paths =
        KoladaRequests.data(kpis, municipalities, years, false, LocalDate.of(2024, 1, 1));
    assertThat(paths).hasSize(2 * 12);
    assertThat(paths.get(0))
        .startsWith("/data/kpi/N10000,")
        .contains("/year/2021,2022,2023?per_page=5000&from_date=2024-01-01");
    assertThat(paths)
        .allSatisfy(
            p -> {
              String kpiPart = p.substring("/data/kpi/".length(), p.indexOf("/municipality/"));
              assertThat(kpiPart.split(",")).hasSizeLessThanOrEqualTo(25);
            });
    assertThat(KoladaRequests.data(List.of("N1"), List.of(), List.of(2023), true, null))
        .containsExactly("/oudata/kpi/N1/year/2023?per_page=5000");
    assertThatThrownBy(
            () -> KoladaRequests.data(List.of("N1/../x"), List.of("0180"), List.of(), false, null))
        .isInstanceOf(InvalidValueException.class);
    assertThat(KoladaRequests.searchKpis("hemtjänst 80+"))
        .isEqualTo("/kpi?title=hemtj%C3%A4nst+80%2B&per_page=5000");
  }
}
