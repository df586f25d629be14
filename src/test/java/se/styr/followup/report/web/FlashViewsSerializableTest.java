package se.styr.followup.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.shared.SerialisedCopy;
import se.styr.shared.Text;

/**
 * What the occasion page shows after a ledger or a forecast workbook was stored travels in the
 * session's flash attributes, kept in the database: it must come back whole from serialisation.
 */
class FlashViewsSerializableTest {
  @Test
  void theLedgerAndForecastViewsSurviveTheSessionStore() throws Exception {
    LedgerView ledger =
        new LedgerView(
            "huvudbok.se",
            List.of(new LedgerView.Change("Äldreomsorg", "utfall", "1", "2")),
            List.of(new LedgerView.Unmapped("4010", "{}", "12,00")),
            null,
            List.of(Text.of("followup.ledger.note")),
            List.of(new LedgerView.Problem(3, 1, Text.of("followup.ledger.bad"))),
            0);
    ForecastView forecasts =
        new ForecastView(
            "prognos.xlsx",
            true,
            4,
            List.of(new ForecastView.Change("Äldreomsorg", "C4", "prognos", "1", "2", false)),
            List.of());

    assertThat(SerialisedCopy.of(ledger)).isEqualTo(ledger);
    assertThat(SerialisedCopy.of(forecasts)).isEqualTo(forecasts);
  }
}
