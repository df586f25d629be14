package se.styr.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SCB's list of Sweden's 290 municipality codes with their names, shipped with Styr
 * (municipality-codes.tsv beside this class, from SCB's Statistical Database).
 */
public final class MunicipalityCodes {
  private static final Map<String, String> NAMES = load();

  private MunicipalityCodes() {}

  private static Map<String, String> load() {
    Map<String, String> names = new LinkedHashMap<>();
    try (InputStream in = MunicipalityCodes.class.getResourceAsStream("municipality-codes.tsv")) {
      if (in == null) {
        throw new IllegalStateException("municipality-codes.tsv is missing from the application");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        names.put(parts[0], parts[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(names);
  }

  /** Whether SCB lists {@code code} as a municipality's. */
  public static boolean isKnown(String code) {
    return NAMES.containsKey(code);
  }

  /** The municipality SCB names by {@code code}. */
  public static Optional<String> name(String code) {
    return Optional.ofNullable(NAMES.get(code));
  }

  /**
   * SCB's code for the municipality named {@code name} ("Trollhättan", "Trollhättans kommun",
   * "Borås stad").
   */
  public static Optional<String> codeOf(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+(kommun|stad)$", "");
    String genitive = wanted.endsWith("s") ? wanted.substring(0, wanted.length() - 1) : null;
    return NAMES.entrySet().stream()
        .filter(
            e -> {
              String listed = e.getValue().toLowerCase(Locale.ROOT);
              return listed.equals(wanted) || listed.equals(genitive);
            })
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** Every code SCB lists, in its order. */
  public static java.util.List<String> all() {
    return java.util.List.copyOf(NAMES.keySet());
  }

  /** How many municipalities SCB lists. */
  public static int count() {
    return NAMES.size();
  }
}
