package se.styr.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styr.shared.InvalidValueException;

/** A rule's patterns as typed on the mapping page, and the mapping on its own as a file. */
class LedgerRuleTextTest {

  @Test
  void readsAccountsPartedBySpacesOrCommasAndWritesThemBackTheSame() {
    List<CodePattern> patterns = LedgerRuleText.patterns(" 4000-7999, 8100  22* ");
    assertThat(patterns)
        .extracting(CodePattern::written)
        .containsExactly("4000-7999", "8100", "22*");
    assertThat(LedgerRuleText.accounts(patterns)).isEqualTo("4000-7999 8100 22*");
    assertThat(LedgerRuleText.patterns("  ")).isEmpty();
  }

  @Test
  void readsObjectsPerDimensionAndWritesThemBackTheSame() {
    Map<Integer, List<CodePattern>> objects = LedgerRuleText.objects("6: P1;1: 22* 2500-2599");
    assertThat(objects.keySet()).containsExactly(1, 6);
    String written = LedgerRuleText.objects(objects);
    assertThat(written).isEqualTo("1: 22* 2500-2599; 6: P1");
    assertThat(LedgerRuleText.objects(written)).isEqualTo(objects);
  }

  @Test
  void namesWhatIsWrongInTypedObjects() {
    assertThat(
            catchThrowableOfType(
                    InvalidValueException.class, () -> LedgerRuleText.objects("ansvar: 22*"))
                .text()
                .english())
        .contains("'ansvar: 22*' does not say which objects");
    assertThat(
            catchThrowableOfType(
                    InvalidValueException.class, () -> LedgerRuleText.objects("1: 22*; 1: 23*"))
                .text()
                .english())
        .contains("dimension 1 is written twice");
    assertThat(
            catchThrowableOfType(InvalidValueException.class, () -> LedgerRuleText.objects("1:"))
                .text()
                .english())
        .contains("does not say which objects");
    assertThat(
            catchThrowableOfType(
                    InvalidValueException.class, () -> LedgerRuleText.patterns("3999-3000"))
                .text()
                .english())
        .contains("3999-3000");
  }

  @Test
  void aMappingOnItsOwnIsWrittenAndReadBackUnchanged() {
    LedgerMapping mapping =
        new LedgerMapping(
            true,
            List.of(CodePattern.parse("3000-8999")),
            List.of(CodePattern.parse("3000-3499")),
            List.of(
                new LedgerRule(
                    "hemtjanst",
                    List.of(CodePattern.parse("4000-7999")),
                    Map.of(1, List.of(CodePattern.parse("22*"), CodePattern.parse("2290"))))),
            List.of(
                new LedgerRule("teknisk", List.of(), Map.of(6, List.of(CodePattern.parse("P1"))))));
    String file = FollowUpFile.writeLedger(mapping);
    assertThat(file).contains("revenue: [3000-3499]").contains("area: hemtjanst");
    assertThat(FollowUpFile.readLedger("mapping.yaml", file)).isEqualTo(mapping);
    assertThat(FollowUpFile.writeLedger(FollowUpFile.readLedger("mapping.yaml", file)))
        .isEqualTo(file);
  }
}
