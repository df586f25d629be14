package se.styr.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.styr.Styr;
import se.styr.followup.report.LedgerMappings;
import se.styr.installation.InstallationExport;
import se.styr.installation.InstallationRestore;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileWriter;
import se.styr.plan.PlanStore;
import se.styr.security.AuditLog;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;
import se.styr.shared.StyrException;
import se.styr.shared.file.BadFileException;
import se.styr.version.PlanSummary;
import se.styr.version.Versions;

/**
 * The installation export and its restore, on every database Styr supports: an installation holding
 * every kind of thing (the five seed plans with a draft, the demo follow-ups with figures, a ledger
 * mapping, a template, users and grants, audit entries, national data) exports, restores into an
 * empty installation and exports again identically; a broken export is refused, naming the file and
 * place, and leaves the installation empty.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InstallationBackupContract {
  private static final String HOSTILE = "Anna \"Ö\" <script>\\ \u2028 😀\n\t' ; drop table plan;--";

  /** Settings that point the application at a new, empty database of its own. */
  abstract Map<String, String> freshDatabase();

  @TempDir Path temp;
  private ConfigurableApplicationContext source;
  private Path exported;
  private final List<ConfigurableApplicationContext> started = new ArrayList<>();

  ConfigurableApplicationContext start(Map<String, String> database, boolean demo) {
    ConfigurableApplicationContext context = styr(database, demo);
    started.add(context);
    return context;
  }

  /**
   * Styr without its web server on {@code database}'s settings, with the demo data (and first
   * administrator) or on an empty installation.
   */
  static ConfigurableApplicationContext styr(Map<String, String> database, boolean demo) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--styr.demo.load=" + demo,
                "--styr.first-administrator=" + demo,
                "--styr.documents.warm-up=false",
                "--logging.level.root=WARN",
                "--logging.level.org.flywaydb=ERROR"));
    database.forEach((key, value) -> args.add("--" + key + "=" + value));
    return new SpringApplicationBuilder(Styr.class)
        .web(WebApplicationType.NONE)
        .run(args.toArray(String[]::new));
  }

  @BeforeAll
  void anInstallationHoldingEveryKindExported(@TempDir Path folder) {
    source = start(freshDatabase(), true);
    seed(source);
    exported = folder.resolve("export");
    source.getBean(InstallationExport.class).export(exported);
  }

  @AfterAll
  void close() {
    started.forEach(ConfigurableApplicationContext::close);
  }

  private static void seed(ConfigurableApplicationContext context) {
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    UserStore users = context.getBean(UserStore.class);
    AuditLog audit = context.getBean(AuditLog.class);
    PlanStore plans = context.getBean(PlanStore.class);
    Versions versions = context.getBean(Versions.class);
    LedgerMappings mappings = context.getBean(LedgerMappings.class);
    PlanSummary lerum = versions.plan("1441", "stod-och-omsorgsnamnden", 2024).orElseThrow();
    long committee =
        jdbc.sql("select committee_id from plan where id = ?")
            .param(lerum.planId())
            .query(Long.class)
            .single();

    long anna =
        users.create(
            "anna",
            HOSTILE,
            context.getBean(PasswordEncoder.class).encode("ett långt lösenord"),
            false,
            "admin");
    users.grant(anna, Grant.of(Role.CONTROLLER, "1441", committee));
    long erik = users.create("erik", "Erik från OIDC", null, false);
    users.grant(erik, Grant.of(Role.READER, "1441"));
    users.grant(erik, Grant.editorOfArea("1441", committee, "hemtjanst"));
    audit.record("anna", lerum.planId(), 2, "TEST_CHANGE", HOSTILE, "1", "2");

    PlanDocument plan =
        plans.load(
            versions.version(lerum.planId(), lerum.latestVersion()).orElseThrow().versionId());
    LedgerMappings.Version mapping = mappings.current(lerum.planId(), plan);
    mappings.save(
        lerum.planId(), plan, mapping.mapping(), mapping.version(), "Nytt konto 4711", "anna");
    plans.revise(lerum.planId(), lerum.latestVersion(), "anna");

    Timestamp now = Timestamp.from(Instant.parse("2026-01-02T03:04:05.123456Z"));
    jdbc.sql(
            "insert into plan_template (municipality_code, document, made_from, saved_by,"
                + " saved_at) values ('1441', ?, '1441/stod-och-omsorgsnamnden/2024', 'anna', ?)")
        .params("# Mall för Lerum\n" + PlanFileWriter.write(plan), now)
        .update();
    jdbc.sql(
            "insert into scb_population (region, kind, stat_year, sex, age, persons, scb_table,"
                + " fetched_from, fetched_at) values ('1441', 'outcome', 2024, '1', 80, 412,"
                + " 'TAB638', 'https://example.invalid/scb', ?), ('1441', 'forecast', 2030,"
                + " 'T', 100, null, 'TAB6008', 'https://example.invalid/scb', ?)")
        .params(now, now)
        .update();
    jdbc.sql(
            "insert into accessibility_report (received_at, reporter_name, page_address,"
                + " description) values (?, ?, '/planer', ?)")
        .params(now, HOSTILE, HOSTILE)
        .update();
    jdbc.sql(
            "insert into cell_change (table_id, row_position, column_position, lock_version,"
                + " changed_by, changed_at, change_summary) select min(id), 0, 1, 1, 'anna', ?,"
                + " ? from budget_table")
        .params(now, HOSTILE)
        .update();
  }

  private ConfigurableApplicationContext emptyInstallation() {
    return start(freshDatabase(), false);
  }

  private static Map<String, byte[]> files(Path folder) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static String withoutExportTime(byte[] manifest) {
    return new String(manifest, StandardCharsets.UTF_8)
        .replaceAll("\"exportedAt\": \"[^\"]*\"", "");
  }

  private static long rowsOfEveryKind(ConfigurableApplicationContext context) {
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    return Stream.of(
            "municipality",
            "plan",
            "plan_version",
            "follow_up_occasion",
            "app_user",
            "audit_entry",
            "kolada_kpi",
            "ledger_mapping")
        .mapToLong(t -> jdbc.sql("select count(*) from " + t).query(Long.class).single())
        .sum();
  }

  private Path copyOfTheExport() throws IOException {
    Path copy = Files.createTempDirectory(temp, "copy-").resolve("export");
    for (Map.Entry<String, byte[]> file : files(exported).entrySet()) {
      Path target = copy.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
    return copy;
  }

  /** Changes a file of the copy and puts its new SHA-256 in the manifest, as a forger would. */
  private static void forge(Path copy, String path, String from, String to) throws IOException {
    Path file = copy.resolve(path);
    String before = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(before).contains(from);
    String oldSha = sha(file);
    Files.writeString(file, before.replaceFirst(java.util.regex.Pattern.quote(from), to));
    Path manifest = copy.resolve("manifest.json");
    Files.writeString(manifest, Files.readString(manifest).replace(oldSha, sha(file)));
  }

  private static String sha(Path file) throws IOException {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void exportHoldsEveryKindAndNoPasswordHash() throws IOException {
    String manifest = Files.readString(exported.resolve("manifest.json"));
    for (String kind :
        List.of(
            "plan_version",
            "follow_up_occasion",
            "follow_up_area",
            "ledger_mapping",
            "plan_template",
            "app_user",
            "role_grant",
            "audit_entry",
            "kolada_kpi",
            "scb_population",
            "accessibility_report",
            "cell_change",
            "plans",
            "follow-ups",
            "ledger-mappings",
            "templates")) {
      assertThat(manifest).containsPattern("\"" + kind + "\": [1-9]");
    }
    String usersFile = Files.readString(exported.resolve("database/app_user.jsonl"));
    assertThat(usersFile)
        .contains("\"has_password\":true", "\"has_password\":false")
        .doesNotContain("password_hash", "{argon2", "{bcrypt", "$argon2");
    assertThat(exported.resolve("plans/1441/stod-och-omsorgsnamnden/2024/version-3.yaml")).exists();
    assertThat(Files.readString(exported.resolve("database/audit_entry.jsonl")))
        .contains("TEST_CHANGE");
  }

  @Test
  void restoreIntoAnEmptyInstallationExportsIdentically() {
    ConfigurableApplicationContext target = emptyInstallation();
    target.getBean(InstallationRestore.class).restore(exported);
    Path again = temp.resolve("again");
    target.getBean(InstallationExport.class).export(again);

    Map<String, byte[]> before = files(exported);
    Map<String, byte[]> after = files(again);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    for (String path : before.keySet()) {
      if (path.equals("manifest.json")) {
        assertThat(withoutExportTime(after.get(path)))
            .isEqualTo(withoutExportTime(before.get(path)));
      } else {
        assertThat(after.get(path)).as(path).isEqualTo(before.get(path));
      }
    }
    target.close();
  }

  @Test
  void restoredAccountsNeedAResetAndNewRowsGetNewIds() {
    ConfigurableApplicationContext target = emptyInstallation();
    target.getBean(InstallationRestore.class).restore(exported);
    JdbcClient jdbc = target.getBean(JdbcClient.class);
    PasswordEncoder encoder = target.getBean(PasswordEncoder.class);
    UserStore.StoredUser anna = target.getBean(UserStore.class).byUsername("anna").orElseThrow();
    long highest = jdbc.sql("select max(id) from audit_entry").query(Long.class).single();

    target.getBean(AuditLog.class).record("styr", null, null, "TEST_AFTER", "x", null, null);

    assertThat(anna.displayName()).isEqualTo(HOSTILE);
    assertThat(anna.passwordHash()).isNotNull();
    assertThat(encoder.matches("ett långt lösenord", anna.passwordHash())).isFalse();
    assertThat(target.getBean(UserStore.class).byUsername("erik").orElseThrow().passwordHash())
        .isNull();
    assertThat(
            jdbc.sql("select id from audit_entry where action = 'TEST_AFTER'")
                .query(Long.class)
                .single())
        .isGreaterThan(highest);
    target.close();
  }

  @Test
  void refusesAnInstallationThatIsNotEmptyNamingWhatItHolds() {
    long before = rowsOfEveryKind(source);

    assertThatThrownBy(() -> source.getBean(InstallationRestore.class).restore(exported))
        .isInstanceOf(StyrException.class)
        .hasMessageContaining("not empty")
        .hasMessageContaining("plan (5 rows)")
        .hasMessageContaining("app_user (");
    assertThat(rowsOfEveryKind(source)).isEqualTo(before);
  }

  @Test
  void refusesAChangedFileByItsChecksumAndStoresNothing() throws IOException {
    Path copy = copyOfTheExport();
    Files.writeString(
        copy.resolve("database/plan.jsonl"),
        Files.readString(copy.resolve("database/plan.jsonl")).replace("2024", "2023"));
    ConfigurableApplicationContext target = emptyInstallation();

    assertThatThrownBy(() -> target.getBean(InstallationRestore.class).restore(copy))
        .isInstanceOf(BadFileException.class)
        .hasMessageContaining("database/plan.jsonl")
        .hasMessageContaining("SHA-256");
    assertThat(rowsOfEveryKind(target)).isZero();
    target.close();
  }

  @Test
  void refusesAMissingOrUnlistedFile() throws IOException {
    Path copy = copyOfTheExport();
    Files.delete(copy.resolve("plans/1441/stod-och-omsorgsnamnden/2024/version-2.yaml"));
    Path other = copyOfTheExport();
    Files.writeString(other.resolve("database/extra.jsonl"), "{}\n");
    ConfigurableApplicationContext target = emptyInstallation();
    InstallationRestore restore = target.getBean(InstallationRestore.class);

    assertThatThrownBy(() -> restore.restore(copy))
        .hasMessageContaining("plans/1441/stod-och-omsorgsnamnden/2024/version-2.yaml")
        .hasMessageContaining("is missing");
    assertThatThrownBy(() -> restore.restore(other))
        .hasMessageContaining("database/extra.jsonl")
        .hasMessageContaining("not listed");
    assertThatThrownBy(() -> restore.restore(temp.resolve("nothing-here")))
        .hasMessageContaining("manifest.json");
    assertThat(rowsOfEveryKind(target)).isZero();
    target.close();
  }

  @Test
  void refusesAMalformedRowNamingItsLineAndUndoesEveryRowBefore() throws IOException {
    Path copy = copyOfTheExport();
    forge(copy, "database/audit_entry.jsonl", "\"action\":", "\"action\" ");
    ConfigurableApplicationContext target = emptyInstallation();

    assertThatThrownBy(() -> target.getBean(InstallationRestore.class).restore(copy))
        .isInstanceOf(BadFileException.class)
        .hasMessageContaining("database/audit_entry.jsonl:2:")
        .hasMessageContaining("is not JSON");
    assertThat(rowsOfEveryKind(target)).isZero();
    target.close();
  }

  @Test
  void refusesARowTheDatabaseRefusesNamingItsLine() throws IOException {
    Path copy = copyOfTheExport();
    forge(copy, "database/follow_up_occasion.jsonl", "\"kind\":\"", "\"kind\":\"NONSENSE");
    ConfigurableApplicationContext target = emptyInstallation();

    assertThatThrownBy(() -> target.getBean(InstallationRestore.class).restore(copy))
        .isInstanceOf(BadFileException.class)
        .hasMessageContaining("database/follow_up_occasion.jsonl:2:")
        .hasMessageContaining("cannot be stored");
    assertThat(rowsOfEveryKind(target)).isZero();
    target.close();
  }

  @Test
  void refusesAPlanFileThatDisagreesWithTheRowsAndStoresNothing() throws IOException {
    Path copy = copyOfTheExport();
    String plan = "plans/1441/stod-och-omsorgsnamnden/2024/version-2.yaml";
    forge(copy, plan, "Lerum", "Lerun");
    ConfigurableApplicationContext target = emptyInstallation();

    assertThatThrownBy(() -> target.getBean(InstallationRestore.class).restore(copy))
        .isInstanceOf(BadFileException.class)
        .hasMessageContaining(plan)
        .hasMessageContaining("differs from what the restored rows give");
    assertThat(rowsOfEveryKind(target)).isZero();
    target.close();
  }
}
