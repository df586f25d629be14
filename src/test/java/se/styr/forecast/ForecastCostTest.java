package se.styr.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.shared.InvalidValueException;

class ForecastCostTest {
  @Test
  void costIsRecipientsTimesCostPerRecipientOnItsBudgetLine() {
    var forecast = Smedjebacken.latest();
    var costs =
        ProjectedCost.of(
            forecast,
            Projection.project(forecast),
            List.of(new CostPerRecipient(Service.NURSING_HOME, 950_000, "aldreomsorg")));
    // 2030: 175 residents × 950 000 kr = 166 250 000 kr, driving the line "aldreomsorg".
    ProjectedCost in2030 = costs.stream().filter(c -> c.year() == 2030).findFirst().orElseThrow();
    assertThat(in2030.recipients()).isEqualTo(175);
    assertThat(in2030.kronor()).isEqualTo(166_250_000L);
    assertThat(in2030.budgetLine()).isEqualTo("aldreomsorg");
    assertThat(costs).hasSize(5);
  }

  @Test
  void refusesACostOfAServiceTheForecastDoesNotHave() {
    var forecast = Smedjebacken.latest();
    assertThatThrownBy(
            () ->
                ProjectedCost.of(
                    forecast,
                    Projection.project(forecast),
                    List.of(new CostPerRecipient("korttid", 1, "aldreomsorg"))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo("there is no service korttid in the forecast"));
  }

  @Test
  void refusesANegativeCostAndAProductThatOverflows() {
    assertThatThrownBy(() -> new CostPerRecipient("sabo", -5, "aldreomsorg"))
        .hasMessage("the cost per recipient of sabo is not negative, not -5 kr");
    var forecast = Smedjebacken.latest();
    assertThatThrownBy(
            () ->
                ProjectedCost.of(
                    forecast,
                    Projection.project(forecast),
                    List.of(new CostPerRecipient("sabo", Long.MAX_VALUE / 100, "aldreomsorg"))))
        .isInstanceOf(ArithmeticException.class);
  }
}
