package se.styr.followup;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * A municipality's risk matrix: likelihood and consequence each on a scale of 1 to {@code size}
 * (3×3, 4×4, 5×5 ...), and the colour bands of the risk value (their product) as the municipality
 * prints them, e.g. 1–4 green "Låg", 5–9 yellow, 10–25 red. Without a stated matrix a plan's is 4×4
 * without bands, as most municipalities have.
 */
public record RiskMatrix(int size, List<RiskBand> bands) {
  public static final int SMALLEST = 2;
  public static final int LARGEST = 10;
  public static final RiskMatrix DEFAULT = new RiskMatrix(4, List.of());

  public RiskMatrix {
    if (size < SMALLEST || size > LARGEST) {
      throw new InvalidValueException(
          Text.of("followup.invalid.matrixSize", size, SMALLEST, LARGEST));
    }
    bands = bands.stream().sorted(Comparator.comparingInt(RiskBand::from)).toList();
    int most = size * size;
    for (int i = 0; i < bands.size(); i++) {
      RiskBand band = bands.get(i);
      if (band.to() > most) {
        throw new InvalidValueException(
            Text.of("followup.invalid.bandBeyond", band.from(), band.to(), size, most));
      }
      if (i > 0 && band.from() <= bands.get(i - 1).to()) {
        throw new InvalidValueException(
            Text.of(
                "followup.invalid.bandsOverlap",
                bands.get(i - 1).from(),
                bands.get(i - 1).to(),
                band.from(),
                band.to()));
      }
    }
  }

  /** The highest risk value: likelihood and consequence both at the top of the scale. */
  public int highestValue() {
    return size * size;
  }

  /** The band a risk value falls in, if the matrix has bands and one holds it. */
  public Optional<RiskBand> band(Integer value) {
    if (value == null) {
      return Optional.empty();
    }
    return bands.stream().filter(b -> b.from() <= value && value <= b.to()).findFirst();
  }

  public boolean isDefault() {
    return equals(DEFAULT);
  }
}
