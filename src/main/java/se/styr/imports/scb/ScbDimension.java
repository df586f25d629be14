package se.styr.imports.scb;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One dimension of a json-stat2 dataset: its id ({@code Region}), its label ({@code region}), its
 * codes in the dataset's order ({@code 2061}, {@code 2062} ...) and each code's label ({@code
 * Smedjebacken}; the code itself where SCB gives no label).
 */
public record ScbDimension(
    String id, String label, List<String> codes, Map<String, String> labels) {
  public ScbDimension {
    codes = List.copyOf(codes);
    Map<String, String> all = new LinkedHashMap<>();
    for (String code : codes) {
      all.put(code, labels.getOrDefault(code, code));
    }
    labels = Collections.unmodifiableMap(all);
    label = label == null ? id : label;
  }

  /** The number of codes. */
  public int size() {
    return codes.size();
  }

  /** The label of {@code code}. */
  public String label(String code) {
    return labels.get(code);
  }

  /** Whether {@code code} is one of this dimension's. */
  public boolean has(String code) {
    return labels.containsKey(code);
  }
}
