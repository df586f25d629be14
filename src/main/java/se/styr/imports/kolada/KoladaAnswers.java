package se.styr.imports.kolada;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kolada's answers (API v3) read into Styr's records: the envelope ({@code values}, {@code count},
 * {@code next_url}; {@code next_page} of older answers too), KPIs, municipalities and data rows.
 * Numbers are read exactly (never through a double); a value Kolada gives as null stays null. What
 * the v3 sources disagree on is taken either way: a period as number or text, yes/no as true/false
 * or 1/0, the deletion flag as {@code isdeleted} or {@code is_deleted}. An answer that is not what
 * Kolada sends is refused naming the item and field.
 */
public final class KoladaAnswers {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private KoladaAnswers() {}

  /** A page of the KPI catalogue ({@code /kpi}). */
  public static KoladaPage<KoladaKpi> kpis(String answer) {
    return page(
        answer,
        "kpi",
        item ->
            new KoladaKpi(
                text(item, "id", true),
                text(item, "title", true),
                text(item, "description", false),
                text(item, "operating_area", false),
                text(item, "municipality_type", false),
                yes(item, "is_divided_by_gender"),
                yes(item, "has_ou_data"),
                date(item, "publication_date"),
                text(item, "publ_period", false)));
  }

  /** A page of municipalities and regions ({@code /municipality}). */
  public static KoladaPage<KoladaMunicipality> municipalities(String answer) {
    return page(
        answer,
        "municipality",
        item ->
            new KoladaMunicipality(
                text(item, "id", true), text(item, "title", true), text(item, "type", false)));
  }

  /** A page of organisational units ({@code /ou}). */
  public static KoladaPage<KoladaUnit> units(String answer) {
    return page(
        answer,
        "ou",
        item ->
            new KoladaUnit(
                text(item, "id", true),
                text(item, "title", true),
                text(item, "municipality", true)));
  }

  /**
   * A page of municipality groups ({@code /municipality_groups}). A member is named by {@code
   * member_id} (as KPI groups' members are in v3) or {@code id} (v2).
   */
  public static KoladaPage<KoladaGroup> groups(String answer) {
    return page(
        answer,
        "municipality_group",
        item -> {
          JsonNode members = item.get("members");
          if (members == null || !members.isArray()) {
            throw new Refused("members");
          }
          List<String> codes = new ArrayList<>();
          for (JsonNode member : members) {
            if (!member.isObject()) {
              throw new Refused("members");
            }
            String code =
                member.has("member_id")
                    ? text(member, "member_id", true)
                    : text(member, "id", true);
            codes.add(code);
          }
          return new KoladaGroup(text(item, "id", true), text(item, "title", true), codes);
        });
  }

  /**
   * A page of data ({@code /data} or {@code /oudata}): every value of every row, one per gender, in
   * the answer's order.
   */
  public static KoladaPage<KoladaValue> data(String answer) {
    JsonNode root = root(answer);
    List<KoladaValue> values = new ArrayList<>();
    JsonNode rows = root.get("values");
    for (int r = 0; r < rows.size(); r++) {
      JsonNode row = rows.get(r);
      String where = "values[" + r + "]";
      boolean ou = row.has("ou");
      String kpi = text(row, "kpi", true, where);
      String unit = text(row, ou ? "ou" : "municipality", true, where);
      int year = year(row, where);
      JsonNode genders = row.get("values");
      if (genders == null || !genders.isArray()) {
        throw refused(where, "values");
      }
      for (int g = 0; g < genders.size(); g++) {
        JsonNode value = genders.get(g);
        String at = where + ".values[" + g + "]";
        values.add(
            new KoladaValue(
                kpi,
                unit,
                ou,
                year,
                text(value, "gender", true, at),
                number(value, "value", at),
                value.has("count") && value.get("count").canConvertToInt()
                    ? value.get("count").asInt()
                    : null,
                text(value, "status", false, at),
                yes(value, "isdeleted") || yes(value, "is_deleted")));
      }
    }
    return new KoladaPage<>(values, count(root), next(root));
  }

  private static <T> KoladaPage<T> page(String answer, String what, Function<JsonNode, T> read) {
    JsonNode root = root(answer);
    JsonNode items = root.get("values");
    List<T> values = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      if (!item.isObject()) {
        throw refused("values[" + i + "]", what);
      }
      try {
        values.add(read.apply(item));
      } catch (Refused e) {
        throw refused("values[" + i + "]", e.field);
      }
    }
    return new KoladaPage<>(values, count(root), next(root));
  }

  private static JsonNode root(String answer) {
    JsonNode root;
    try {
      root = JSON.readTree(answer == null ? "" : answer);
    } catch (JacksonException e) {
      throw new InvalidValueException(Text.of("kolada.notJson", e.getOriginalMessage()));
    }
    if (root == null || !root.isObject() || !root.has("values") || !root.get("values").isArray()) {
      throw new InvalidValueException(Text.of("kolada.noValues"));
    }
    return root;
  }

  private static Integer count(JsonNode root) {
    JsonNode count = root.get("count");
    return count != null && count.canConvertToInt() ? count.asInt() : null;
  }

  private static String next(JsonNode root) {
    for (String field : List.of("next_url", "next_page")) {
      JsonNode next = root.get(field);
      if (next != null && next.isString() && !next.asString().isBlank()) {
        return next.asString();
      }
    }
    return null;
  }

  private static String text(JsonNode item, String field, boolean required) {
    JsonNode node = item.get(field);
    if (node == null || node.isNull()) {
      if (required) {
        throw new Refused(field);
      }
      return null;
    }
    if (!node.isValueNode()) {
      throw new Refused(field);
    }
    return node.asString();
  }

  private static String text(JsonNode item, String field, boolean required, String where) {
    try {
      return text(item, field, required);
    } catch (Refused e) {
      throw refused(where, field);
    }
  }

  private static boolean yes(JsonNode item, String field) {
    JsonNode node = item.get(field);
    if (node == null || node.isNull()) {
      return false;
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (node.isNumber()) {
      return node.asInt() != 0;
    }
    return "true".equalsIgnoreCase(node.asString()) || "1".equals(node.asString());
  }

  private static LocalDate date(JsonNode item, String field) {
    String text = text(item, field, false);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new Refused(field);
    }
  }

  private static int year(JsonNode row, String where) {
    JsonNode period = row.get("period");
    if (period != null && period.canConvertToInt() && period.isIntegralNumber()) {
      return period.asInt();
    }
    if (period != null && period.isString() && period.asString().matches("\\d{4}")) {
      return Integer.parseInt(period.asString());
    }
    throw refused(where, "period");
  }

  private static BigDecimal number(JsonNode item, String field, String where) {
    JsonNode node = item.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isNumber()) {
      throw refused(where, field);
    }
    return node.decimalValue();
  }

  private static InvalidValueException refused(String where, String field) {
    return new InvalidValueException(Text.of("kolada.field", where, field));
  }

  /** A field that is missing or not what Kolada writes there. */
  private static final class Refused extends RuntimeException {
    private final String field;

    Refused(String field) {
      super(field, null, false, false);
      this.field = field;
    }
  }
}
