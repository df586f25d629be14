package se.styr.followup.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styr.followup.CodePattern;
import se.styr.followup.LedgerMapping;
import se.styr.followup.LedgerRule;

/** The mapping page's form: shown from a mapping, read back from the posted fields. */
class LedgerMappingFormTest {
  private static final LedgerMapping MAPPING =
      new LedgerMapping(
          false,
          null,
          null,
          List.of(
              new LedgerRule("ledning", List.of(), Map.of(1, List.of(CodePattern.parse("11*")))),
              new LedgerRule("hemtjanst", List.of(), Map.of(1, List.of(CodePattern.parse("22*"))))),
          List.of());

  /** The fields a browser posts for {@code form} unchanged. */
  private static Map<String, String> fields(LedgerMappingForm form) {
    Map<String, String> fields = new HashMap<>();
    fields.put("read", String.valueOf(form.read()));
    fields.put("accounts", form.accounts());
    fields.put("revenue", form.revenue());
    for (LedgerMappingForm.Row row : form.areas()) {
      fields.put(row.keyField(), row.key());
      fields.put(row.accountsField(), row.accounts());
      fields.put(row.objectsField(), row.objects());
      fields.put(row.orderField(), row.order());
    }
    return fields;
  }

  @Test
  void aMappingShownAndPostedUnchangedReadsBackTheSameWithBlankRowsToAdd() {
    LedgerMappingForm form = LedgerMappingForm.of(MAPPING, 2);
    assertThat(form.areas()).hasSize(2 + LedgerMappingForm.BLANK_ROWS);
    assertThat(form.accounts()).isEmpty();
    LedgerMappingForm posted = LedgerMappingForm.posted(fields(form));
    assertThat(posted.mapping()).isEqualTo(MAPPING);
    assertThat(posted.read()).isEqualTo(2);
  }

  @Test
  void aRuleIsAddedInABlankRowRemovedByClearingItsAreaAndMovedByItsNumber() {
    Map<String, String> fields = fields(LedgerMappingForm.of(MAPPING, 0));
    fields.put("area.0.key", ""); // ledning removed
    fields.put("area.0.objects", "");
    fields.put("area.2.key", "myndighet");
    fields.put("area.2.objects", "1: 25* 2290");
    fields.put("area.2.order", "0"); // before hemtjänst
    LedgerMapping mapping = LedgerMappingForm.posted(fields).mapping();
    assertThat(mapping.areas())
        .extracting(LedgerRule::key)
        .containsExactly("myndighet", "hemtjanst");
    assertThat(mapping.area("5010", d -> d == 1 ? "2290" : null)).contains("myndighet");
  }

  @Test
  void everyWrongFieldIsNamedAndNothingIsRead() {
    Map<String, String> fields = fields(LedgerMappingForm.of(MAPPING, 0));
    fields.put("accounts", "3000-8999 3999-3000");
    fields.put("area.1.objects", "ansvar 22*");
    fields.put("area.1.order", "först");
    fields.put("area.3.accounts", "4000");
    LedgerMappingForm form = LedgerMappingForm.posted(fields);
    assertThat(form.mapping()).isNull();
    assertThat(form.errors().keySet())
        .containsExactlyInAnyOrder("accounts", "area.1.objects", "area.1.order", "area.3.key");
  }
}
