package se.styr.imports.scb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in's answers: the part of a whole cube a selection asks for, written back in json-stat2
 * as SCB writes it (index as object, labels, row-major values with nulls).
 */
final class ScbSlices {
  private ScbSlices() {}

  /** The json-stat2 answer holding {@code codes} (per dimension; absent: all) of {@code whole}. */
  static String answer(ScbCube whole, Map<String, List<String>> codes) {
    List<ScbDimension> dimensions = new ArrayList<>();
    for (ScbDimension d : whole.dimensions()) {
      List<String> chosen = codes.getOrDefault(d.id(), d.codes());
      dimensions.add(new ScbDimension(d.id(), d.label(), chosen, d.labels()));
    }
    StringBuilder json = new StringBuilder("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[");
    StringBuilder sizes = new StringBuilder();
    StringBuilder dims = new StringBuilder();
    int cells = 1;
    for (int i = 0; i < dimensions.size(); i++) {
      ScbDimension d = dimensions.get(i);
      String comma = i == 0 ? "" : ",";
      json.append(comma).append('"').append(d.id()).append('"');
      sizes.append(comma).append(d.size());
      cells *= d.size();
      dims.append(comma).append('"').append(d.id()).append("\":{\"label\":\"").append(d.label());
      dims.append("\",\"category\":{\"index\":{");
      StringBuilder labels = new StringBuilder();
      for (int c = 0; c < d.size(); c++) {
        String code = d.codes().get(c);
        dims.append(c == 0 ? "" : ",").append('"').append(code).append("\":").append(c);
        labels.append(c == 0 ? "" : ",").append('"').append(code).append("\":\"");
        labels.append(d.label(code)).append('"');
      }
      dims.append("},\"label\":{").append(labels).append("}}}");
    }
    json.append("],\"size\":[").append(sizes).append("],\"dimension\":{").append(dims);
    json.append("},\"value\":[");
    for (int cell = 0; cell < cells; cell++) {
      Map<String, String> at = new HashMap<>();
      int rest = cell;
      for (int d = dimensions.size() - 1; d >= 0; d--) {
        at.put(
            dimensions.get(d).id(), dimensions.get(d).codes().get(rest % dimensions.get(d).size()));
        rest /= dimensions.get(d).size();
      }
      BigDecimal value = whole.value(at);
      json.append(cell == 0 ? "" : ",").append(value == null ? "null" : value.toPlainString());
    }
    return json.append("]}").toString();
  }
}
