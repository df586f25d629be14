package se.styr.followup.report.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.styr.followup.CodePattern;
import se.styr.followup.LedgerMapping;
import se.styr.followup.LedgerRule;
import se.styr.followup.LedgerRuleText;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * The ledger mapping as the mapping page's form holds it: the outcome and revenue accounts, and a
 * row per rule (area or project, accounts, objects, place in the order) with blank rows to add
 * rules; read back from the posted fields with every wrong field named. A row whose area is cleared
 * is removed; rules are tried in the order their numbers give.
 */
record LedgerMappingForm(
    boolean demo,
    String accounts,
    String revenue,
    List<Row> areas,
    List<Row> projects,
    String reason,
    int read,
    Map<String, Text> errors) {

  /** Blank rows offered for new rules under each table. */
  static final int BLANK_ROWS = 3;

  /** More rule rows than any chart of accounts needs; beyond them a form is refused. */
  static final int MOST_ROWS = 2000;

  /** One rule's row: its fields' names ({@code area.3.accounts}) and values as typed. */
  record Row(String prefix, String key, String accounts, String objects, String order) {
    public String field(String name) {
      return prefix + "." + name;
    }

    public String orderField() {
      return field("order");
    }

    public String keyField() {
      return field("key");
    }

    public String accountsField() {
      return field("accounts");
    }

    public String objectsField() {
      return field("objects");
    }
  }

  /** The form showing {@code mapping}, read as version {@code read}. */
  static LedgerMappingForm of(LedgerMapping mapping, int read) {
    return new LedgerMappingForm(
        mapping.demo(),
        mapping.accounts().equals(LedgerMapping.RESULT_ACCOUNTS)
            ? ""
            : LedgerRuleText.accounts(mapping.accounts()),
        mapping.revenue().equals(LedgerMapping.REVENUE_ACCOUNTS)
            ? ""
            : LedgerRuleText.accounts(mapping.revenue()),
        rows("area", mapping.areas()),
        rows("project", mapping.projects()),
        "",
        read,
        Map.of());
  }

  private static List<Row> rows(String kind, List<LedgerRule> rules) {
    List<Row> rows = new ArrayList<>();
    for (LedgerRule rule : rules) {
      rows.add(
          new Row(
              kind + "." + rows.size(),
              rule.key(),
              LedgerRuleText.accounts(rule.accounts()),
              LedgerRuleText.objects(rule.objects()),
              String.valueOf(rows.size() + 1)));
    }
    int filled = rows.size();
    for (int i = 0; i < BLANK_ROWS; i++) {
      rows.add(new Row(kind + "." + rows.size(), "", "", "", String.valueOf(filled + i + 1)));
    }
    return rows;
  }

  /** The form as posted ({@code fields}); {@link #mapping()} reads it. */
  static LedgerMappingForm posted(Map<String, String> fields) {
    int read;
    try {
      read = Integer.parseInt(fields.getOrDefault("read", "0").strip());
    } catch (NumberFormatException e) {
      read = -1;
    }
    return new LedgerMappingForm(
        fields.containsKey("demo"),
        fields.getOrDefault("accounts", ""),
        fields.getOrDefault("revenue", ""),
        postedRows("area", fields),
        postedRows("project", fields),
        fields.getOrDefault("reason", ""),
        read,
        new LinkedHashMap<>());
  }

  private static List<Row> postedRows(String kind, Map<String, String> fields) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < MOST_ROWS && fields.containsKey(kind + "." + i + ".key"); i++) {
      String prefix = kind + "." + i;
      rows.add(
          new Row(
              prefix,
              fields.getOrDefault(prefix + ".key", "").strip(),
              fields.getOrDefault(prefix + ".accounts", ""),
              fields.getOrDefault(prefix + ".objects", ""),
              fields.getOrDefault(prefix + ".order", "")));
    }
    return rows;
  }

  /**
   * The mapping the form says, or null with every wrong field in {@link #errors()} (a pattern that
   * is none, a place in the order that is no number, patterns on a row without area).
   */
  LedgerMapping mapping() {
    List<CodePattern> outcome = patterns("accounts", accounts);
    List<CodePattern> revenues = patterns("revenue", revenue);
    List<LedgerRule> areaRules = rules(areas);
    List<LedgerRule> projectRules = rules(projects);
    if (!errors.isEmpty()) {
      return null;
    }
    return new LedgerMapping(demo, outcome, revenues, areaRules, projectRules);
  }

  private List<LedgerRule> rules(List<Row> rows) {
    record Placed(int order, int index, LedgerRule rule) {}
    List<Placed> placed = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (row.key().isEmpty()) {
        if (!row.accounts().isBlank() || !row.objects().isBlank()) {
          errors.put(row.field("key"), Text.of("ledger.mapping.noKey"));
        }
        continue;
      }
      List<CodePattern> accountPatterns = patterns(row.field("accounts"), row.accounts());
      Map<Integer, List<CodePattern>> objects = Map.of();
      try {
        objects = LedgerRuleText.objects(row.objects());
      } catch (InvalidValueException e) {
        errors.put(row.field("objects"), e.text());
      }
      int order = i + 1;
      if (!row.order().isBlank()) {
        try {
          order = Integer.parseInt(row.order().strip());
        } catch (NumberFormatException e) {
          errors.put(row.field("order"), Text.of("ledger.mapping.order", row.order().strip()));
        }
      }
      placed.add(new Placed(order, i, new LedgerRule(row.key(), accountPatterns, objects)));
    }
    return placed.stream()
        .sorted(Comparator.comparingInt(Placed::order).thenComparingInt(Placed::index))
        .map(Placed::rule)
        .toList();
  }

  private List<CodePattern> patterns(String field, String text) {
    try {
      return LedgerRuleText.patterns(text);
    } catch (InvalidValueException e) {
      errors.put(field, e.text());
      return List.of();
    }
  }

  public Text accountsError() {
    return errors.get("accounts");
  }

  public Text revenueError() {
    return errors.get("revenue");
  }

  /** The error of field {@code name}, or null. */
  public Text error(String name) {
    return errors.get(name);
  }
}
