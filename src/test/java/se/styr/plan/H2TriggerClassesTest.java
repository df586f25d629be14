package se.styr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * H2 databases store the class name of each trigger: a class the migrations name may never move or
 * be renamed, or the databases users already have stop opening.
 */
class H2TriggerClassesTest {
  private static final Pattern CALL = Pattern.compile("call '([\\w.]+)'");

  @Test
  void everyTriggerClassTheH2MigrationsNameExists() throws IOException {
    List<String> named = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/vendor/h2"))) {
      for (Path file : files.toList()) {
        Matcher call = CALL.matcher(Files.readString(file));
        while (call.find()) {
          named.add(call.group(1));
        }
      }
    }
    assertThat(named).isNotEmpty().allSatisfy(name -> assertThat(Class.forName(name)).isNotNull());
  }
}
