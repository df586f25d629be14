package se.styr.forecast;

import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A needs forecast as a plan file describes it: its bands and where each band's population comes
 * from, its services and where each band's recipients come from with the rate chosen for them, how
 * projected recipients are rounded, the places of one service, and scenarios. Figures are not held
 * here but named as rows of the plan's own tables ({@link RowRef}); {@link PlanForecast} reads
 * them.
 */
public record ForecastSpec(
    String key,
    String title,
    RoundingMode rounding,
    List<BandSource> bands,
    List<ServiceSource> services,
    PlacesSource places,
    List<Scenario> scenarios) {
  public ForecastSpec {
    Keys.require(key, "forecast.what.forecast");
    Objects.requireNonNull(title, "title");
    rounding = rounding == null ? RoundingMode.HALF_UP : rounding;
    bands = List.copyOf(bands);
    services = List.copyOf(services);
    scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
  }

  /**
   * An age band and the row holding its population in every outcome and forecast year, or (row
   * null) its population as stored from SCB for the plan's municipality ({@code population: scb}).
   */
  public record BandSource(AgeBand band, RowRef population) {
    public BandSource {
      Objects.requireNonNull(band, "band");
    }

    /** A band whose population is SCB's, stored for the plan's municipality. */
    public static BandSource fromScb(AgeBand band) {
      return new BandSource(band, null);
    }

    /** Whether the band's population is SCB's rather than a row of the plan's tables. */
    public boolean scb() {
      return population == null;
    }
  }

  /** Whether any band takes its population from SCB. */
  public boolean usesScb() {
    return bands.stream().anyMatch(BandSource::scb);
  }

  /**
   * A service; the row of each band's recipients with the band's rate choice; the plan's stated
   * total row over the bands (null if it states none); the cost of one recipient as the plan states
   * it, or as taken from its budget ({@code fromBudget}); both null if it says neither (never
   * zero).
   */
  public record ServiceSource(
      Service service,
      List<BandRate> bands,
      RowRef total,
      CostPerRecipient cost,
      BudgetCost fromBudget) {
    public ServiceSource {
      Objects.requireNonNull(service, "service");
      bands = List.copyOf(bands);
    }
  }

  /** One band's recipients of a service and how its rate for the forecast years is chosen. */
  public record BandRate(String band, RowRef recipients, RateChoice rate) {
    public BandRate {
      Keys.require(band, "forecast.what.band");
      Objects.requireNonNull(recipients, "recipients");
      rate = rate == null ? new RateChoice.Latest() : rate;
    }
  }

  /**
   * The places of a service (nursing home): existing and planned, how persons turn into places
   * needed, the queue row (null if none), and the plan's stated places table to review (null if
   * none).
   */
  public record PlacesSource(
      String service,
      long existing,
      List<PlannedPlaces> planned,
      PlaceNeed need,
      RowRef queue,
      StatedPlacesRows stated) {
    public PlacesSource {
      Keys.require(service, "forecast.what.service");
      planned = List.copyOf(planned);
      Objects.requireNonNull(need, "need");
    }

    public PlaceCapacity capacity() {
      return new PlaceCapacity(existing, planned);
    }
  }

  /**
   * The plan's own table of places, by row key: residents per band (in the forecast's band order),
   * total, needed, existing, shortage; and other methods of need to try where the stated one does
   * not give the stated figure.
   */
  public record StatedPlacesRows(
      String table,
      List<String> residents,
      String total,
      String needed,
      String existing,
      String shortage,
      List<PlaceNeed> alsoTry) {
    public StatedPlacesRows {
      Keys.require(table, "forecast.what.table");
      residents = List.copyOf(residents);
      Keys.require(total, "forecast.what.row");
      Keys.require(needed, "forecast.what.row");
      Keys.require(existing, "forecast.what.row");
      Keys.require(shortage, "forecast.what.row");
      alsoTry = alsoTry == null ? List.of() : List.copyOf(alsoTry);
    }
  }
}
