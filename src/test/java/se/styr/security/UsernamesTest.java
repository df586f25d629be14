package se.styr.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsernamesTest {
  @Test
  void takesLatinLettersWithSwedishOnesDigitsAndPunctuation() {
    assertThat(Usernames.acceptable("anna.åström")).isTrue();
    assertThat(Usernames.acceptable("Éva-Ödman_2")).isTrue();
    assertThat(Usernames.acceptable("bo@trollhattan.se")).isTrue();
  }

  @Test
  void refusesANameWithALetterOfAnotherScriptThatLooksLatin() {
    assertThat(Usernames.acceptable("\u0430dmin")).isFalse(); // Cyrillic а
    assertThat(Usernames.acceptable("adm\u0456n")).isFalse(); // Cyrillic і
    assertThat(Usernames.acceptable("\u03bflof")).isFalse(); // Greek ο
    assertThat(Usernames.acceptable("admin\u0665")).isFalse(); // Arabic-Indic five
    assertThat(Usernames.acceptable("ad min")).isFalse();
    assertThat(Usernames.acceptable("admin\u200b")).isFalse(); // zero-width space
  }

  @Test
  void namesThatDifferOnlyInCaseOrWidthShareAKey() {
    assertThat(Usernames.key("ADMIN")).isEqualTo(Usernames.key("admin"));
    assertThat(Usernames.key("\uff41\uff44\uff4d\uff49\uff4e")).isEqualTo("admin"); // full width
    assertThat(Usernames.normalised(" \uff41dmin ")).isEqualTo("admin");
    assertThat(Usernames.key("Åsa")).isEqualTo(Usernames.key("åsa"));
    assertThat(Usernames.key("\u0430dmin")).isNotEqualTo(Usernames.key("admin"));
  }
}
