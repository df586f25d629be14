package se.styr.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import se.styr.budget.FigureChanges;
import se.styr.checks.FindingKind;
import se.styr.checks.GoalFindingKind;
import se.styr.documents.model.DocumentLayout;
import se.styr.followup.ReportingOccasion;
import se.styr.goals.AssignmentSource;
import se.styr.goals.Better;
import se.styr.goals.CouncilGoalType;
import se.styr.goals.GapPolicy;
import se.styr.goals.GlobalGoal;
import se.styr.goals.GoalChanges;
import se.styr.goals.IndicatorUnit;
import se.styr.goals.Outlook;
import se.styr.goals.Result;
import se.styr.goals.RuleKind;
import se.styr.goals.SourceType;
import se.styr.goals.Target;
import se.styr.security.Role;
import se.styr.shared.ErrorCode;
import se.styr.shared.Status;
import se.styr.shared.TextBundles;
import se.styr.version.Changes;
import se.styr.version.PlanStatus;

/**
 * Every message bundle, template and page controller, read from the source files themselves (in the
 * manner of spring-petclinic's I18nPropertiesSyncTest), so that a new bundle, template or
 * controller is covered without touching this test:
 *
 * <ol type="a">
 *   <li>every bundle has its English partner with exactly the same keys, no text is empty, both
 *       languages use the same placeholders, and apostrophes are written as MessageFormat reads
 *       them;
 *   <li>every key a template or the Java code names exists, and every key made from a prefix and an
 *       enum value exists for every value;
 *   <li>no template holds text of its own: text between tags and user-visible attributes come from
 *       the bundles, except punctuation, numbers and a few names ({@link #NAMES});
 *   <li>no page controller, API controller or web class holds text a person reads: outside
 *       annotations (API documentation) and log calls, no string literal of two words or more, nor
 *       one with Swedish letters.
 * </ol>
 */
class MessageBundlesTest {
  private static final Path BUNDLES = Path.of("src/main/resources/i18n");
  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Path JAVA = Path.of("src/main/java");

  /** What a key looks like: "goals.result.met". */
  private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+");

  /** What the prefix of keys made from a value looks like: "goals.outlook.", "status.". */
  private static final Pattern PREFIX = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)*\\.");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

  /** Names that read the same in every language and may stand in a template as they are. */
  private static final Set<String> NAMES =
      Set.of(
          "Styr", "API", "PDF", "Word", "HTML", "htmx", "Excel", "YAML", "xlsx", "docx", "pdf",
          "html", "yaml", "yml");

  /** The attributes a person reads or hears (a screen reader reads aria-label). */
  private static final Set<String> VISIBLE =
      Set.of(
          "title",
          "aria-label",
          "aria-description",
          "aria-roledescription",
          "alt",
          "placeholder",
          "label");

  // ---------------------------------------------------------------------------------------------
  // (a) The bundles

  /** The base name of every bundle file: "goals" for goals.properties and goals_en.properties. */
  private static Set<String> bundleNames() throws IOException {
    try (Stream<Path> files = Files.list(BUNDLES)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".properties"))
          .map(
              n ->
                  n.substring(0, n.length() - ".properties".length())
                      .replaceFirst("_[a-z]{2}$", ""))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  private static Properties swedish(String bundle) throws IOException {
    return load(bundle + ".properties");
  }

  private static Properties english(String bundle) throws IOException {
    return load(bundle + "_en.properties");
  }

  /** Every key of every bundle with its Swedish text. */
  private static Map<String, String> allKeys() throws IOException {
    Map<String, String> keys = new TreeMap<>();
    for (String bundle : bundleNames()) {
      swedish(bundle).forEach((k, v) -> keys.put((String) k, (String) v));
    }
    return keys;
  }

  @Test
  void everyBundleHasItsEnglishPartnerAndTheReverse() throws IOException {
    List<String> missing = new ArrayList<>();
    for (String bundle : bundleNames()) {
      for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
        if (!Files.isRegularFile(BUNDLES.resolve(file))) {
          missing.add(file);
        }
      }
    }
    assertThat(missing).as("bundle files without their partner").isEmpty();
  }

  @Test
  void swedishAndEnglishHoldExactlyTheSameKeys() throws IOException {
    List<String> differences = new ArrayList<>();
    for (String bundle : bundleNames()) {
      Set<String> sv = swedish(bundle).stringPropertyNames();
      Set<String> en = english(bundle).stringPropertyNames();
      sv.stream()
          .filter(k -> !en.contains(k))
          .sorted()
          .forEach(k -> differences.add(bundle + "_en lacks " + k));
      en.stream()
          .filter(k -> !sv.contains(k))
          .sorted()
          .forEach(k -> differences.add(bundle + " lacks " + k));
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void noKeyStandsTwice() throws IOException {
    List<String> twice = new ArrayList<>();
    Map<String, String> owner = new HashMap<>();
    for (String bundle : bundleNames()) {
      for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
        Set<String> seen = new TreeSet<>();
        for (String line : Files.readAllLines(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
          int equals = line.indexOf('=');
          if (line.isBlank() || line.startsWith("#") || equals < 0) {
            continue;
          }
          String key = line.substring(0, equals).strip();
          if (!seen.add(key)) {
            twice.add(file + ": " + key);
          }
        }
      }
      for (String key : swedish(bundle).stringPropertyNames()) {
        String other = owner.putIfAbsent(key, bundle);
        if (other != null) {
          twice.add(key + " in " + other + " and " + bundle);
        }
      }
    }
    assertThat(twice).as("keys written twice in a file, or in two bundles").isEmpty();
  }

  @Test
  void everyBundleIsOneThePagesAndPlainJavaRead() throws IOException {
    assertThat(
            TextBundles.BASENAMES.stream()
                .map(b -> b.substring("i18n/".length()))
                .collect(Collectors.toSet()))
        .as("TextBundles.BASENAMES, which the MessageSource reads too")
        .isEqualTo(bundleNames());
  }

  @Test
  void noTextIsEmpty() throws IOException {
    List<String> empty = new ArrayList<>();
    for (String bundle : bundleNames()) {
      swedish(bundle).forEach((k, v) -> check(((String) v).isBlank(), bundle + ": " + k, empty));
      english(bundle).forEach((k, v) -> check(((String) v).isBlank(), bundle + "_en: " + k, empty));
    }
    assertThat(empty).isEmpty();
  }

  @Test
  void bothLanguagesUseTheSamePlaceholders() throws IOException {
    List<String> differences = new ArrayList<>();
    for (String bundle : bundleNames()) {
      Properties sv = swedish(bundle);
      Properties en = english(bundle);
      for (String key : sv.stringPropertyNames()) {
        if (en.containsKey(key)
            && !placeholders(sv.getProperty(key)).equals(placeholders(en.getProperty(key)))) {
          differences.add(
              key
                  + ": "
                  + placeholders(sv.getProperty(key))
                  + " in Swedish, "
                  + placeholders(en.getProperty(key))
                  + " in English");
        }
      }
    }
    assertThat(differences).isEmpty();
  }

  private static Set<Integer> placeholders(String text) {
    Set<Integer> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text.replace("''", "").replaceAll("'[{}]'", ""));
    while (m.find()) {
      found.add(Integer.valueOf(m.group(1)));
    }
    return found;
  }

  /**
   * A text with arguments goes through MessageFormat, where an apostrophe is written '' (a single
   * one would start a quote and swallow what follows, braces are quoted as '{'); a text without
   * arguments is shown as written, so there '' would show twice.
   */
  @Test
  void apostrophesAreWrittenAsMessageFormatReadsThem() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String bundle : bundleNames()) {
      for (Properties texts : List.of(swedish(bundle), english(bundle))) {
        texts.forEach(
            (k, v) -> {
              String text = (String) v;
              if (placeholders(text).isEmpty()) {
                check(text.contains("''"), k + ": '' in a text without arguments", wrong);
              } else {
                check(
                    text.replace("''", "").replaceAll("'[{}]'", "").contains("'"),
                    k + ": a single ' in a text with arguments",
                    wrong);
                try {
                  new MessageFormat(text, Locale.ROOT);
                } catch (IllegalArgumentException e) {
                  wrong.add(k + ": " + e.getMessage());
                }
              }
            });
      }
    }
    assertThat(wrong).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // (b) Every key named exists

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** #{key}, #{key(arguments)}, #messages.msg('key', ...). */
  private static final Pattern TEMPLATE_KEY =
      Pattern.compile(
          "#\\{\\s*([A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9_])\\s*[(}]|#messages\\.msg(?:WithParams)?\\(\\s*'([^']+)'\\s*[,)]");

  /** #{'prefix.' + ...}, #messages.msg('prefix.' + ...). */
  private static final Pattern TEMPLATE_PREFIX =
      Pattern.compile("(?:#\\{|#messages\\.msg(?:WithParams)?\\()\\s*'([^']+\\.)'\\s*\\+");

  @Test
  void everyKeyATemplateNamesExists() throws IOException {
    Set<String> keys = allKeys().keySet();
    Set<String> missing = new TreeSet<>();
    for (Path template : files(TEMPLATES, ".html")) {
      Matcher m = TEMPLATE_KEY.matcher(read(template));
      while (m.find()) {
        String key = m.group(1) != null ? m.group(1) : m.group(2);
        check(!keys.contains(key), TEMPLATES.relativize(template) + ": " + key, missing);
      }
    }
    assertThat(missing).isEmpty();
  }

  /**
   * Every string literal of the Java code that has the shape of a key and begins as the bundles'
   * keys begin ("goals.", "file.", "versions." ...) is a key: Text.of("..."), getMessage("..."),
   * DocumentWords.get("..."), an error's key. A literal "goals.outlook." is a prefix (see below).
   */
  @Test
  void everyKeyTheJavaCodeNamesExists() throws IOException {
    Set<String> keys = allKeys().keySet();
    Set<String> namespaces =
        keys.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
    Set<String> missing = new TreeSet<>();
    for (Path source : files(JAVA, ".java")) {
      for (JavaSource.Literal literal : JavaSource.of(read(source)).literals()) {
        String value = literal.value();
        if (KEY.matcher(value).matches()
            && namespaces.contains(value.substring(0, value.indexOf('.')))) {
          check(
              !keys.contains(value),
              JAVA.relativize(source) + ":" + literal.line() + ": " + value,
              missing);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  /** The keys made from a prefix and a value, with the values each prefix is completed with. */
  /** The plan parts' kinds, fields and choice words, named by their place in the plan file. */
  private static void partTexts(Map<String, List<String>> prefixes) {
    Set<String> kinds = new TreeSet<>();
    Set<String> fields = new TreeSet<>(List.of("key"));
    Set<String> choices = new TreeSet<>();
    Set<String> gaps = new TreeSet<>();
    java.util.Deque<se.styr.plan.PartKind> todo =
        new java.util.ArrayDeque<>(se.styr.plan.PlanParts.all());
    todo.addAll(se.styr.plan.PlanParts.contentKinds());
    while (!todo.isEmpty()) {
      se.styr.plan.PartKind kind = todo.pop();
      kinds.add(kind.name());
      todo.addAll(kind.children());
      fields.add(kind.keyName());
      for (se.styr.plan.PartField field : kind.fields()) {
        fields.add(field.label().substring("part.field.".length()));
        (field.name().equals("gaps") ? gaps : choices).addAll(field.choices());
      }
    }
    prefixes.put("part.kind.", List.copyOf(kinds));
    prefixes.put("part.field.", List.copyOf(fields));
    prefixes.put("part.choice.", List.copyOf(choices));
    prefixes.put("part.choice.gaps.", List.copyOf(gaps));
  }

  private static Map<String, List<String>> prefixes() throws IOException {
    Map<String, List<String>> prefixes = new TreeMap<>();
    List<String> findings = names(FindingKind.values());
    prefixes.put("budget.finding.", findings);
    prefixes.put("budget.cellFinding.", findings);
    prefixes.put(
        "error.",
        Stream.concat(
                Arrays.stream(ErrorCode.values()).map(c -> ErrorStatus.of(c).value()),
                Stream.of(409, 400))
            .map(String::valueOf)
            .distinct()
            .toList());
    prefixes.put("goals.assignment.source.", names(AssignmentSource.values()));
    prefixes.put("national.gender.", List.of("T", "K", "M"));
    prefixes.put(
        "national.stored.", List.of("kpis", "municipalities", "groups", "values", "units"));
    prefixes.put("national.fill.kind.", names(se.styr.goals.KpiFill.Kind.values()));
    prefixes.put("goals.finding.", names(GoalFindingKind.values()));
    prefixes.put("goals.measure.", names(se.styr.goals.BudgetMeasure.values()));
    prefixes.put("goals.finding.short.", names(GoalFindingKind.values()));
    prefixes.put("goals.indicator.level.", List.of("OFFICE", "UNIT"));
    prefixes.put("goals.reporting.", names(ReportingOccasion.values()));
    List<String> results = Arrays.stream(Result.values()).map(Result::fileName).toList();
    prefixes.put("goals.result.", results);
    prefixes.put("goals.resultWord.", results);
    List<String> rules = new ArrayList<>(names(RuleKind.values()));
    rules.addAll(List.of("TARGET", "ALL_MET", "MANUAL"));
    prefixes.put("goals.rule.", rules);
    prefixes.put("goals.rules.gap.", names(GapPolicy.values()));
    prefixes.put("goals.statusOf.", names(Status.values()));
    prefixes.put("goals.type.", names(CouncilGoalType.values()));
    prefixes.put("goals.unit.", names(IndicatorUnit.values()));
    prefixes.put("goals.better.", names(Better.values()));
    prefixes.put("goals.outlook.", names(Outlook.Direction.values()));
    prefixes.put("goals.source.", names(SourceType.values()));
    prefixes.put("goals.globalGoal.", names(GlobalGoal.values()));
    prefixes.put("status.", names(PlanStatus.values()));
    prefixes.put("users.role.", names(Role.values()));
    prefixes.put("versions.commitment.", names(GoalChanges.CommitmentType.values()));
    prefixes.put("versions.compare.", List.of("goals", "indicators", "commitments"));
    prefixes.put(
        "versions.decide.", List.of("date", "paragraph", "dnr", "body", "date.hint", "dnr.hint"));
    prefixes.put("versions.field.", names(Changes.Field.values()));
    prefixes.put("versions.figure.", names(Changes.ChangeKind.values()));
    prefixes.put("versions.kind.", names(Changes.ChangeKind.values()));
    prefixes.put(
        "versions.tableChange.",
        Arrays.stream(FigureChanges.TablePart.values())
            .flatMap(
                p -> Arrays.stream(Changes.ChangeKind.values()).map(k -> p.name() + "." + k.name()))
            .toList());
    prefixes.put(
        "document.part.",
        Arrays.stream(DocumentLayout.Part.values()).map(DocumentLayout.Part::fileName).toList());
    prefixes.put("auditlog.action.", auditActions());
    partTexts(prefixes);
    List<String> units = List.of("PERCENT", "COUNT", "COUNT_OF_SET", "INDEX", "KR");
    prefixes.put("charts.unit.", units);
    prefixes.put("charts.axis.", units.subList(1, units.size()));
    prefixes.put("charts.target.", names(Target.Direction.values()));
    prefixes.put("charts.month.", IntStream.rangeClosed(1, 12).mapToObj(String::valueOf).toList());
    prefixes.put("followup.status.", names(se.styr.followup.OccasionStatus.values()));
    prefixes.put("followup.print.status.", names(se.styr.followup.OccasionStatus.values()));
    prefixes.put("followup.kind.", names(ReportingOccasion.values()));
    prefixes.put("followup.light.", names(se.styr.followup.ControlResult.Light.values()));
    prefixes.put("followup.gap.", names(se.styr.followup.OccasionEconomy.Gap.Kind.values()));
    prefixes.put("followup.measure.", names(se.styr.followup.BalanceMeasure.Status.values()));
    prefixes.put(
        "followup.col.",
        List.of(
            "area",
            "budget",
            "budgetToDate",
            "outcomeToDate",
            "outcomeToDateLastYear",
            "forecast",
            "deviation",
            "deviationPercent",
            "previousForecast",
            "projection",
            "total",
            "revenueToDate",
            "revenueForecast",
            "costToDate",
            "costForecast"));
    List<String> commitmentKinds =
        java.util.Arrays.stream(se.styr.followup.CommitmentEntry.Kind.values())
            .map(se.styr.followup.CommitmentEntry.Kind::fileName)
            .toList();
    prefixes.put("followup.commitment.", commitmentKinds);
    prefixes.put("followup.commitmentKind.", commitmentKinds);
    prefixes.put("followup.outcome.", List.of("no_deviation", "deviation"));
    List<String> figures =
        new java.util.ArrayList<>(List.of("profile", "comment", "revenueToDate", "costToDate"));
    java.util.Arrays.stream(se.styr.imports.excel.ForecastWorkbook.Column.values())
        .map(se.styr.imports.excel.ForecastWorkbook.Column::figure)
        .filter(java.util.Objects::nonNull)
        .filter(f -> !figures.contains(f))
        .forEach(figures::add);
    prefixes.put("ledger.figure.", figures);
    prefixes.put("ledger.mapping.", List.of("areas", "projects"));
    prefixes.put(
        "budget.shape.role.",
        java.util.Arrays.stream(se.styr.budget.RowRole.values()).map(Enum::name).toList());
    prefixes.put(
        "budget.shape.type.",
        java.util.Arrays.stream(se.styr.budget.ColumnType.values()).map(Enum::name).toList());
    prefixes.put(
        "plan.areas.event.",
        java.util.Arrays.stream(se.styr.organisation.AreaEvent.Type.values())
            .map(Enum::name)
            .toList());
    prefixes.put(
        "plan.next.source.",
        java.util.Arrays.stream(se.styr.plan.YearRollover.Source.values())
            .map(Enum::name)
            .toList());
    prefixes.put(
        "followup.changeKind.",
        java.util.Arrays.stream(se.styr.followup.BudgetChange.Kind.values())
            .map(se.styr.followup.BudgetChange.Kind::fileName)
            .toList());
    prefixes.put("followup.assessment.", List.of("goal", "indicator"));
    prefixes.put("followup.gross.col.", List.of("budget", "to-date", "forecast"));
    return prefixes;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  /** The actions the audit log records: the fourth argument of every audit.record(...) call. */
  private static List<String> auditActions() throws IOException {
    Set<String> actions = new TreeSet<>();
    for (Path source : files(JAVA, ".java")) {
      JavaSource java = JavaSource.of(read(source));
      for (List<List<JavaSource.Token>> call : java.calls("record")) {
        if (call.size() == 7 && call.get(3).size() == 1 && call.get(3).get(0).literal()) {
          actions.add(call.get(3).get(0).text());
        }
      }
    }
    return List.copyOf(actions);
  }

  @Test
  void everyKeyMadeFromAPrefixExistsForEveryValue() throws IOException {
    Set<String> keys = allKeys().keySet();
    Set<String> namespaces =
        keys.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
    Set<String> used = new TreeSet<>();
    for (Path template : files(TEMPLATES, ".html")) {
      Matcher m = TEMPLATE_PREFIX.matcher(read(template));
      while (m.find()) {
        used.add(m.group(1));
      }
    }
    for (Path source : files(JAVA, ".java")) {
      for (JavaSource.Literal literal : JavaSource.of(read(source)).literals()) {
        String value = literal.value();
        if (PREFIX.matcher(value).matches()
            && namespaces.contains(value.substring(0, value.indexOf('.')))) {
          used.add(value);
        }
      }
    }
    Map<String, List<String>> prefixes = prefixes();
    assertThat(used)
        .as("prefixes used in templates and code; register each in prefixes() with its values")
        .isEqualTo(prefixes.keySet());
    Set<String> missing = new TreeSet<>();
    prefixes.forEach(
        (prefix, values) ->
            values.forEach(v -> check(!keys.contains(prefix + v), prefix + v, missing)));
    assertThat(missing).isEmpty();
  }

  /**
   * A keyed text's arguments are put into words before MessageFormat sees them (TextBundles), so a
   * key named by Text.of formats no number or choice: {0,number,#} would fail on a word.
   */
  @Test
  void keyedTextsFormatNoNumbers() throws IOException {
    Map<String, String> keys = allKeys();
    Map<String, String> english = new TreeMap<>();
    for (String bundle : bundleNames()) {
      english(bundle).forEach((k, v) -> english.put((String) k, (String) v));
    }
    Set<String> wrong = new TreeSet<>();
    for (Path source : files(JAVA, ".java")) {
      for (String key : JavaSource.of(read(source)).keysOfTexts()) {
        for (String text : Arrays.asList(keys.get(key), english.get(key))) {
          check(text != null && text.matches("(?s).*\\{\\d+,.*"), key, wrong);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // (c) No text of its own in a template

  @Test
  void templatesHoldNoTextOutsideTheBundles() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : files(TEMPLATES, ".html")) {
      String where = TEMPLATES.relativize(file).toString();
      Document template = Jsoup.parse(read(file));
      for (Element element : template.getAllElements()) {
        if (!replacesBody(element)) {
          for (TextNode text : element.textNodes()) {
            check(!isNoText(text.text()), where + ": text " + quoted(text.text()), found);
          }
        }
        for (String attribute : visibleAttributes(element)) {
          String value = element.attr(attribute);
          check(
              !element.hasAttr("th:" + attribute)
                  && !setByThAttr(element, attribute)
                  && !isNoText(value),
              where + ": " + attribute + "=" + quoted(value),
              found);
        }
        for (Map.Entry<String, String> shown : shownExpressions(element).entrySet()) {
          for (String literal : literals(shown.getValue())) {
            check(
                !isNoText(literal)
                    && !KEY.matcher(literal).matches()
                    && !PREFIX.matcher(literal).matches(),
                where + ": " + shown.getKey() + " literal " + quoted(literal),
                found);
          }
        }
      }
    }
    assertThat(found).as("text in templates that is not from the bundles").isEmpty();
  }

  /**
   * Whether Thymeleaf replaces the element's text, so that it is only a natural template's
   * placeholder: the element or one around it has th:text, th:utext or th:remove (all, body), or
   * the element itself is replaced by a fragment (th:replace, th:insert). A page's own content
   * inside &lt;html th:replace="~{fragments/layout :: page(...)}"&gt; is passed to the layout and
   * shown, so an element around it that is replaced by a fragment does not count.
   */
  private static boolean replacesBody(Element element) {
    if (element.hasAttr("th:replace") || element.hasAttr("th:insert")) {
      return true;
    }
    for (Element e = element; e != null; e = e.parent()) {
      if (e.hasAttr("th:text")
          || e.hasAttr("th:utext")
          || e.attr("th:remove").matches("all|body")) {
        return true;
      }
    }
    return false;
  }

  private static List<String> visibleAttributes(Element element) {
    List<String> attributes = new ArrayList<>();
    for (String attribute : VISIBLE) {
      if (element.hasAttr(attribute)) {
        attributes.add(attribute);
      }
    }
    if (isButton(element) && element.hasAttr("value")) {
      attributes.add("value");
    }
    if (element.tagName().equals("meta") && element.attr("name").equals("description")) {
      attributes.add("content");
    }
    return attributes;
  }

  private static boolean setByThAttr(Element element, String attribute) {
    return Pattern.compile("(^|,)\\s*" + Pattern.quote(attribute) + "\\s*=")
        .matcher(element.attr("th:attr"))
        .find();
  }

  /**
   * The Thymeleaf expressions whose value a person reads, by attribute: th:text, th:utext, the
   * visible attributes (th:title ...), th:value of a button, and those among th:attr's assignments.
   */
  private static Map<String, String> shownExpressions(Element element) {
    Map<String, String> shown = new TreeMap<>();
    for (String attribute :
        List.of(
            "text",
            "utext",
            "value",
            "title",
            "aria-label",
            "aria-description",
            "aria-roledescription",
            "alt",
            "placeholder",
            "label")) {
      if (element.hasAttr("th:" + attribute) && (!attribute.equals("value") || isButton(element))) {
        shown.put("th:" + attribute, element.attr("th:" + attribute));
      }
    }
    Matcher assignment =
        Pattern.compile("(?:^|,)\\s*([a-z-]+)\\s*=\\s*((?:'[^']*'|\\$\\{[^}]*}|[^,'])*)")
            .matcher(element.attr("th:attr"));
    while (assignment.find()) {
      if (VISIBLE.contains(assignment.group(1))
          || assignment.group(1).equals("value") && isButton(element)) {
        shown.put("th:attr " + assignment.group(1), assignment.group(2));
      }
    }
    return shown;
  }

  private static boolean isButton(Element element) {
    return element.tagName().equals("button")
        || element.tagName().equals("input") && element.attr("type").matches("submit|button|reset");
  }

  /**
   * The '...' literals of a Thymeleaf expression that can be shown: outside message expressions
   * #{...} and links @{...}, and not compared with == or != (an enum's name, a key).
   */
  private static List<String> literals(String expression) {
    String outside =
        expression
            .replaceAll("[#@]\\{[^{}]*(\\{[^{}]*}[^{}]*)*}", " ")
            .replaceAll("[!=]=\\s*'[^']*'|'[^']*'\\s*[!=]=", " ");
    List<String> literals = new ArrayList<>();
    Matcher m = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'").matcher(outside);
    while (m.find()) {
      literals.add(m.group(1));
    }
    return literals;
  }

  /** Whitespace, punctuation, numbers and names only. */
  private static boolean isNoText(String text) {
    for (String word : text.split("[^\\p{L}]+")) {
      if (!word.isEmpty() && !NAMES.contains(word)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // (d) No text of their own in controllers

  /** Two words of letters ("not found", "Sign in"), or a Swedish letter. */
  private static final Pattern WORDS =
      Pattern.compile("\\p{L}\\p{Ll}+[ \\u00a0]+\\p{L}\\p{Ll}+|[åäöÅÄÖ]");

  /**
   * The classes that answer web requests or build what they show: every class of a web package, and
   * every controller and controller advice elsewhere (administration, accessibility, sign-in
   * pages).
   */
  private static boolean answersRequests(Path source, String text) {
    return source.getParent().getFileName().toString().equals("web")
        || text.matches("(?s).*@(Rest)?Controller(Advice)?\\b.*");
  }

  @Test
  void controllersHoldNoTextOutsideTheBundles() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path source : files(JAVA, ".java")) {
      String text = read(source);
      if (!answersRequests(source, text)) {
        continue;
      }
      for (JavaSource.Literal literal : JavaSource.of(text).literals()) {
        if (!literal.inAnnotation()
            && !literal.inLogCall()
            && WORDS.matcher(literal.value()).find()) {
          found.add(
              JAVA.relativize(source) + ":" + literal.line() + ": " + quoted(literal.value()));
        }
      }
    }
    assertThat(found)
        .as("user text written in controllers: put it in a bundle and name its key")
        .isEmpty();
  }

  // ---------------------------------------------------------------------------------------------

  private static void check(boolean wrong, String what, java.util.Collection<String> found) {
    if (wrong) {
      found.add(what);
    }
  }

  private static String quoted(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return "\"" + (line.length() > 80 ? line.substring(0, 80) + "…" : line) + "\"";
  }

  /**
   * Java source read as tokens: comments dropped, string literals (text blocks too) with their
   * lines.
   */
  static final class JavaSource {
    record Token(String text, boolean literal, int line, int annotationDepth, boolean inLog) {}

    record Literal(String value, int line, boolean inAnnotation, boolean inLogCall) {}

    private final List<Token> tokens;

    private JavaSource(List<Token> tokens) {
      this.tokens = tokens;
    }

    static JavaSource of(String source) {
      List<Token> raw = new ArrayList<>();
      int line = 1;
      int i = 0;
      while (i < source.length()) {
        char c = source.charAt(i);
        if (c == '\n') {
          line++;
          i++;
        } else if (Character.isWhitespace(c)) {
          i++;
        } else if (source.startsWith("//", i)) {
          i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
        } else if (source.startsWith("/*", i)) {
          int end = source.indexOf("*/", i + 2);
          line += count(source, i, end + 2);
          i = end + 2;
        } else if (source.startsWith("\"\"\"", i)) {
          int end = source.indexOf("\"\"\"", i + 3);
          raw.add(
              new Token(source.substring(source.indexOf('\n', i) + 1, end), true, line, 0, false));
          line += count(source, i, end + 3);
          i = end + 3;
        } else if (c == '"' || c == '\'') {
          StringBuilder value = new StringBuilder();
          int j = i + 1;
          while (source.charAt(j) != c) {
            if (source.charAt(j) == '\\') {
              j++;
              char escaped = source.charAt(j);
              value.append(
                  switch (escaped) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'u' -> {
                      char unicode = (char) Integer.parseInt(source.substring(j + 1, j + 5), 16);
                      j += 4;
                      yield unicode;
                    }
                    default -> escaped;
                  });
            } else {
              value.append(source.charAt(j));
            }
            j++;
          }
          raw.add(new Token(value.toString(), c == '"', line, 0, false));
          i = j + 1;
        } else if (Character.isJavaIdentifierStart(c)) {
          int j = i;
          while (j < source.length() && Character.isJavaIdentifierPart(source.charAt(j))) {
            j++;
          }
          raw.add(new Token(source.substring(i, j), false, line, 0, false));
          i = j;
        } else {
          raw.add(new Token(String.valueOf(c), false, line, 0, false));
          i++;
        }
      }
      return new JavaSource(marked(raw));
    }

    private static int count(String source, int from, int to) {
      int lines = 0;
      for (int k = from; k < to; k++) {
        lines += source.charAt(k) == '\n' ? 1 : 0;
      }
      return lines;
    }

    /**
     * Marks the tokens inside an annotation's arguments, and inside the arguments of a logger call
     * (LOG.debug(...)).
     */
    private static List<Token> marked(List<Token> raw) {
      List<Token> tokens = new ArrayList<>(raw.size());
      int depth = 0;
      List<Integer> annotationAt = new ArrayList<>();
      List<Integer> logAt = new ArrayList<>();
      for (int k = 0; k < raw.size(); k++) {
        Token t = raw.get(k);
        if (!t.literal() && t.text().equals("(")) {
          depth++;
          if (k >= 2 && isAnnotationName(raw, k - 1)) {
            annotationAt.add(depth);
          }
          if (k >= 3
              && raw.get(k - 2).text().equals(".")
              && raw.get(k - 3).text().matches("LOG|LOGGER|log|logger")) {
            logAt.add(depth);
          }
        }
        tokens.add(
            new Token(t.text(), t.literal(), t.line(), annotationAt.size(), !logAt.isEmpty()));
        if (!t.literal() && t.text().equals(")")) {
          annotationAt.remove(Integer.valueOf(depth));
          logAt.remove(Integer.valueOf(depth));
          depth--;
        }
      }
      return tokens;
    }

    /** Whether the identifier at {@code k} names an annotation: @Name or @qualified.Name. */
    private static boolean isAnnotationName(List<Token> raw, int k) {
      int j = k;
      while (j >= 2 && raw.get(j - 1).text().equals(".") && !raw.get(j - 2).literal()) {
        j -= 2;
      }
      return j >= 1 && raw.get(j - 1).text().equals("@") && !raw.get(j).literal();
    }

    List<Literal> literals() {
      return tokens.stream()
          .filter(Token::literal)
          .map(t -> new Literal(t.text(), t.line(), t.annotationDepth() > 0, t.inLog()))
          .toList();
    }

    /** The arguments of every call of a method named {@code name}, each as its tokens. */
    List<List<List<Token>>> calls(String name) {
      List<List<List<Token>>> calls = new ArrayList<>();
      for (int k = 0; k + 1 < tokens.size(); k++) {
        if (!tokens.get(k).literal()
            && tokens.get(k).text().equals(name)
            && tokens.get(k + 1).text().equals("(")
            && k > 0
            && tokens.get(k - 1).text().equals(".")) {
          calls.add(arguments(k + 1));
        }
      }
      return calls;
    }

    private List<List<Token>> arguments(int open) {
      List<List<Token>> arguments = new ArrayList<>();
      List<Token> current = new ArrayList<>();
      int depth = 0;
      for (int k = open; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        boolean punctuation = !t.literal();
        if (punctuation && (t.text().equals("(") || t.text().equals("[") || t.text().equals("{"))) {
          depth++;
          if (depth == 1) {
            continue;
          }
        } else if (punctuation
            && (t.text().equals(")") || t.text().equals("]") || t.text().equals("}"))) {
          depth--;
          if (depth == 0) {
            if (!current.isEmpty()) {
              arguments.add(current);
            }
            return arguments;
          }
        } else if (punctuation && depth == 1 && t.text().equals(",")) {
          arguments.add(current);
          current = new ArrayList<>();
          continue;
        }
        current.add(t);
      }
      return arguments;
    }

    /** The string literals of the first argument of every Text.of(...): the keys of keyed texts. */
    Set<String> keysOfTexts() {
      Set<String> keys = new TreeSet<>();
      for (int k = 2; k + 1 < tokens.size(); k++) {
        if (tokens.get(k).text().equals("of")
            && tokens.get(k - 1).text().equals(".")
            && tokens.get(k - 2).text().equals("Text")) {
          List<List<Token>> arguments = arguments(k + 1);
          if (!arguments.isEmpty()) {
            arguments.get(0).stream()
                .filter(Token::literal)
                .map(Token::text)
                .filter(v -> KEY.matcher(v).matches())
                .forEach(keys::add);
          }
        }
      }
      return keys;
    }
  }
}
