package se.styr.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

class ForecastInputTest {
  private static final List<Service> SERVICES = List.of(new Service("sabo", "Säbo"));

  private static NeedsForecast forecast(
      List<AgeBand> bands, List<PopulationFigure> population, List<RecipientFigure> recipients) {
    return new NeedsForecast(
        bands,
        SERVICES,
        List.of(2023),
        List.of(2030),
        population,
        recipients,
        Map.of(),
        RateChoice.latest(),
        null);
  }

  private static void refused(ThrowingCallable call, Text text, String english) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.text()).isEqualTo(text);
              assertThat(e.getMessage()).isEqualTo(english);
            });
  }

  @Test
  void refusesBandsThatOverlapNamingBoth() {
    refused(
        () ->
            forecast(
                List.of(AgeBand.between("65-79", 65, 79), AgeBand.andOver("75-w", 75)),
                List.of(),
                List.of()),
        Text.of("forecast.band.overlap", "65-79", "75-w"),
        "the age bands 65-79 and 75-w overlap");
  }

  @Test
  void refusesABandThatEndsBeforeItBegins() {
    refused(
        () -> AgeBand.between("80-65", 80, 65),
        Text.of("forecast.band.range", "80-65", 80, 65),
        "the age band 80-65 goes from 80 to 65: ages are not negative and the last age is not below"
            + " the first");
  }

  @Test
  void refusesAYearWithoutPopulationNamingBandAndYear() {
    refused(
        () ->
            forecast(
                List.of(AgeBand.andOver("80-w", 80)),
                List.of(new PopulationFigure("80-w", 2023, 832)),
                List.of(new RecipientFigure("80-w", "sabo", 2023, 103))),
        Text.of("forecast.population.missing", "80-w", 2030),
        "the population of age band 80-w is missing for 2030");
  }

  @Test
  void refusesZeroPopulationInAnOutcomeYear() {
    refused(
        () ->
            forecast(
                List.of(AgeBand.andOver("80-w", 80)),
                List.of(
                    new PopulationFigure("80-w", 2023, 0), new PopulationFigure("80-w", 2030, 5)),
                List.of(new RecipientFigure("80-w", "sabo", 2023, 0))),
        Text.of("forecast.population.zero", "80-w", 2023),
        "the population of age band 80-w in outcome year 2023 is zero: no rate can be taken over no"
            + " persons");
  }

  @Test
  void refusesNegativeCounts() {
    refused(
        () -> new PopulationFigure("80-w", 2030, -1),
        Text.of("forecast.population.negative", "80-w", 2030, -1L),
        "the population of age band 80-w in 2030 is negative (-1)");
    refused(
        () -> new RecipientFigure("80-w", "sabo", 2023, -3),
        Text.of("forecast.recipients.negative", "sabo", "80-w", 2023, -3L),
        "the recipients of sabo in age band 80-w in 2023 are negative (-3)");
  }

  @Test
  void refusesMissingRecipientsOfAnOutcomeYear() {
    refused(
        () ->
            forecast(
                List.of(AgeBand.andOver("80-w", 80)),
                List.of(
                    new PopulationFigure("80-w", 2023, 832),
                    new PopulationFigure("80-w", 2030, 900)),
                List.of()),
        Text.of("forecast.recipients.missing", "sabo", "80-w", 2023),
        "the recipients of sabo in age band 80-w are missing for outcome year 2023");
  }

  @Test
  void refusesAnUnknownBandAndARateFromAYearThatIsNoOutcome() {
    List<PopulationFigure> population = new ArrayList<>();
    population.add(new PopulationFigure("80-w", 2023, 832));
    population.add(new PopulationFigure("80-w", 2030, 900));
    population.add(new PopulationFigure("90-w", 2030, 100));
    refused(
        () ->
            forecast(
                List.of(AgeBand.andOver("80-w", 80)),
                population,
                List.of(new RecipientFigure("80-w", "sabo", 2023, 103))),
        Text.of("forecast.band.unknown", "90-w"),
        "there is no age band 90-w in the forecast");
    var forecast =
        forecast(
            List.of(AgeBand.andOver("80-w", 80)),
            population.subList(0, 2),
            List.of(new RecipientFigure("80-w", "sabo", 2023, 103)));
    refused(
        () ->
            new RateChoice.AverageOfRates(List.of(2022, 2023))
                .rate(forecast, new BandService("80-w", "sabo")),
        Text.of("forecast.rate.notOutcome", "sabo", "80-w", 2022),
        "the rate of sabo in age band 80-w is to be taken from 2022, which is not an outcome year");
  }

  @Test
  void refusesAYearThatIsBothOutcomeAndForecast() {
    refused(
        () ->
            new NeedsForecast(
                List.of(AgeBand.andOver("80-w", 80)),
                SERVICES,
                List.of(2023),
                List.of(2023),
                List.of(new PopulationFigure("80-w", 2023, 832)),
                List.of(new RecipientFigure("80-w", "sabo", 2023, 103)),
                Map.of(),
                RateChoice.latest(),
                null),
        Text.of("forecast.years.both", 2023),
        "year 2023 is both an outcome year and a forecast year");
  }

  @Test
  void swedishTextsNameWhatAndWhereToo() {
    assertThat(Text.of("forecast.population.missing", "80-w", 2030).swedish())
        .isEqualTo("folkmängden i åldersbandet 80-w saknas för år 2030");
  }
}
