package se.styr.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SCB's list of Sweden's municipality codes, shipped with Styr. */
class MunicipalityCodesTest {
  @Test
  void listsSwedensTwoHundredNinetyMunicipalities() {
    assertThat(MunicipalityCodes.count()).isEqualTo(290);
    assertThat(MunicipalityCodes.name("1488")).contains("Trollhättan");
    assertThat(MunicipalityCodes.name("0330")).contains("Knivsta");
    assertThat(MunicipalityCodes.isKnown("0000")).isFalse();
    assertThat(MunicipalityCodes.isKnown("9101")).isFalse();
    assertThat(MunicipalityCodes.isKnown("01")).isFalse(); // a county, not a municipality
  }

  @Test
  void findsTheCodeOfAMunicipalityByItsNameAsPlansWriteIt() {
    assertThat(MunicipalityCodes.codeOf("Trollhättan")).contains("1488");
    assertThat(MunicipalityCodes.codeOf("Trollhättans kommun")).contains("1488");
    assertThat(MunicipalityCodes.codeOf("Borås stad")).contains("1490");
    assertThat(MunicipalityCodes.codeOf("Göteborgsregionen")).isEmpty();
  }

  @Test
  void anOrganisationNamedOnlyHasNoScbCodeAndIsKeyedByItsNameUntilStored() {
    Municipality named = Municipality.named("Göteborgsregionen");
    assertThat(named.namedOnly()).isTrue();
    assertThat(named.key()).isEqualTo("goteborgsregionen");
    Municipality stored = new Municipality("N001", "Göteborgsregionen");
    assertThat(stored.scbCode()).isNull();
    assertThat(stored.key()).isEqualTo("N001");
    assertThat(new Municipality("1488", "Trollhättan").scbCode()).isEqualTo("1488");
  }
}
