package se.styr.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Trollhättan 2024: a new area received units from two others, one of which was renamed. */
class OrganisationTest {
  private final Organisation trollhattan =
      new Organisation(
          List.of(
              OperationalArea.of("hemtjanst", "Hemtjänst"),
              new OperationalArea(
                  "hsl",
                  "Hälso- och sjukvård, korttid & dagverksamhet",
                  null,
                  false,
                  null,
                  null,
                  List.of(
                      new AreaEvent(
                          2024,
                          AreaEvent.Type.RENAMED,
                          List.of(),
                          "Hälso- och sjukvård, dagverksamhet och träffpunkter",
                          null))),
              new OperationalArea(
                  "digitalisering",
                  "Digitalisering & välfärd",
                  null,
                  false,
                  2023,
                  null,
                  List.of(
                      new AreaEvent(
                          2024,
                          AreaEvent.Type.MOVED,
                          List.of("hemtjanst", "hsl"),
                          null,
                          "larm, nattpatrull, träffpunkter"))),
              new OperationalArea("gammal", "Nedlagt område", null, false, 2018, 2022, List.of())));

  @Test
  void knowsWhichAreasExistInAYear() {
    assertThat(trollhattan.validIn(2022))
        .extracting(OperationalArea::key)
        .containsExactly("hemtjanst", "hsl", "gammal");
    assertThat(trollhattan.validIn(2024))
        .extracting(OperationalArea::key)
        .containsExactly("hemtjanst", "hsl", "digitalisering");
  }

  @Test
  void namesAnAreaAsItWasNamedThatYear() {
    OperationalArea hsl = trollhattan.area("hsl").orElseThrow();
    assertThat(hsl.nameIn(2023)).isEqualTo("Hälso- och sjukvård, dagverksamhet och träffpunkter");
    assertThat(hsl.nameIn(2024)).isEqualTo("Hälso- och sjukvård, korttid & dagverksamhet");
  }

  @Test
  void tracesTheHistoryOfAnAreaToTheAreasItCameFrom() {
    assertThat(trollhattan.predecessorsIn("digitalisering", 2023))
        .containsExactly("digitalisering", "hemtjanst", "hsl");
    assertThat(trollhattan.predecessorsIn("digitalisering", 2024))
        .containsExactly("digitalisering");
    assertThat(trollhattan.predecessorsIn("hemtjanst", 2022)).containsExactly("hemtjanst");
  }

  @Test
  void refusesTwoAreasWithOneKey() {
    assertThatThrownBy(
            () ->
                new Organisation(
                    List.of(OperationalArea.of("a", "A"), OperationalArea.of("a", "B"))))
        .hasMessageContaining("duplicate area 'a'");
  }

  @Test
  void aMunicipalityHasAFourDigitCode() {
    assertThat(new Municipality("0181", "Södertälje").code()).isEqualTo("0181");
    assertThatThrownBy(() -> new Municipality("181", "Södertälje"))
        .hasMessageContaining("four digits");
  }

  @Test
  void aCommitteeKeyIsASlugOfItsName() {
    assertThat(Committee.named("Stöd- och omsorgsnämnden").key())
        .isEqualTo("stod-och-omsorgsnamnden");
  }
}
