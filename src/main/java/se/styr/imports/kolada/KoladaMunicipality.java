package se.styr.imports.kolada;

/**
 * A municipality or region as Kolada names it: its id (four digits kept as text, {@code 0180};
 * {@code 0000} the whole country), its name and type ({@code K} municipality, {@code L} region).
 */
public record KoladaMunicipality(String id, String title, String type) {
  /** Whether it is one of the 290 municipalities (not a region or the whole country). */
  public boolean isMunicipality() {
    return "K".equals(type);
  }
}
