package se.styr.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.styr.shared.file.BadFileException;
import se.styr.shared.file.FileProblem;

class PlanUploadTest {

  @Test
  void readsUtf8AndDropsAByteOrderMark() {
    byte[] bytes = "\uFEFFformat: styr-plan/1\nnamn: Åmål\n".getBytes(StandardCharsets.UTF_8);
    assertThat(PlanUpload.text("plan.yaml", bytes)).isEqualTo("format: styr-plan/1\nnamn: Åmål\n");
  }

  @Test
  void namesTheLineAndColumnOfTheFirstByteThatIsNotUtf8() {
    byte[] bytes = "a: 1\nb: 2\nname: Åmål\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> PlanUpload.text("plan.yaml", bytes))
        .isInstanceOfSatisfying(
            BadFileException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .extracting(FileProblem::line, FileProblem::column)
                    .containsExactly(3, 7));
  }

  @Test
  void keepsOnlyTheLastPartOfAnUploadedFileName() {
    assertThat(PlanUpload.name("C:\\Users\\anna\\plan 2025.yaml")).isEqualTo("plan 2025.yaml");
    assertThat(PlanUpload.name("../../etc/plan.yml")).isEqualTo("plan.yml");
    assertThat(PlanUpload.name("  ")).isEqualTo("planfil.yaml");
    assertThat(PlanUpload.name("a\u0000b.yaml")).isEqualTo("ab.yaml");
  }

  @Test
  void makesDownloadNamesSafeAscii() {
    assertThat(Downloads.fileName("1441/stöd-och-omsorg/2024-v2.yaml"))
        .isEqualTo("1441-st-d-och-omsorg-2024-v2.yaml");
    assertThat(Downloads.fileName("../x\"y.yaml")).isEqualTo("x-y.yaml");
  }
}
