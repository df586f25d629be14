package se.styr.installation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InstallationTablesTest {
  private static final Pattern CREATE =
      Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
  private static final Pattern DROP =
      Pattern.compile("drop\\s+table\\s+(?:if\\s+exists\\s+)?(\\w+)");

  /** Every table the migrations leave in the schema. */
  private static Set<String> tablesOfTheMigrations() throws IOException {
    Set<String> tables = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
        String sql = Files.readString(file).toLowerCase(Locale.ROOT);
        Matcher created = CREATE.matcher(sql);
        while (created.find()) {
          tables.add(created.group(1));
        }
        Matcher dropped = DROP.matcher(sql);
        while (dropped.find()) {
          tables.remove(dropped.group(1));
        }
      }
    }
    return tables;
  }

  @Test
  void everyTableOfTheMigrationsIsExportedOrListedAsDerived() throws IOException {
    Set<String> accounted = new TreeSet<>(InstallationTables.DERIVED.keySet());
    InstallationTables.EXPORTED.forEach(t -> accounted.add(t.name()));

    assertThat(tablesOfTheMigrations()).isNotEmpty().isSubsetOf(accounted);
  }

  @Test
  void namesNoTableTheMigrationsDoNotMake() throws IOException {
    Set<String> tables = tablesOfTheMigrations();

    assertThat(InstallationTables.EXPORTED).allSatisfy(t -> assertThat(tables).contains(t.name()));
    assertThat(tables).containsAll(InstallationTables.DERIVED.keySet());
  }

  @Test
  void exportsNoTableTwiceAndNoDerivedTable() {
    assertThat(InstallationTables.EXPORTED.stream().map(InstallationTables.Table::name))
        .doesNotHaveDuplicates()
        .doesNotContainAnyElementsOf(InstallationTables.DERIVED.keySet());
  }
}
