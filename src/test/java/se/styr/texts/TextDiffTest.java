package se.styr.texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.styr.texts.TextDiff.Kind;
import se.styr.texts.TextDiff.Segment;

/** The word and line diff behind the side-by-side view of a changed section. */
class TextDiffTest {

  private static Segment equal(String text) {
    return new Segment(Kind.EQUAL, text);
  }

  private static Segment deleted(String text) {
    return new Segment(Kind.DELETED, text);
  }

  private static Segment inserted(String text) {
    return new Segment(Kind.INSERTED, text);
  }

  @Test
  void marksExactlyTheChangedWord() {
    assertThat(
            TextDiff.words("Budgeten ökar med två procent.", "Budgeten minskar med två procent."))
        .containsExactly(
            equal("Budgeten "), deleted("ökar"), inserted("minskar"), equal(" med två procent."));
  }

  @Test
  void marksAChangedNumberAsOneWord() {
    assertThat(TextDiff.words("föreslås öka med +12,3 mnkr.", "föreslås öka med +12,5 mnkr."))
        .containsExactly(
            equal("föreslås öka med +"), deleted("12,3"), inserted("12,5"), equal(" mnkr."));
  }

  @Test
  void marksAnInsertedAndADeletedWordAlone() {
    assertThat(
            TextDiff.words(
                "Nämnden ansvarar för äldreomsorg.", "Nämnden ansvarar också för äldreomsorg."))
        .containsExactly(equal("Nämnden ansvarar "), inserted("också "), equal("för äldreomsorg."));
    assertThat(
            TextDiff.words(
                "Nämnden ansvarar också för äldreomsorg.", "Nämnden ansvarar för äldreomsorg."))
        .containsExactly(equal("Nämnden ansvarar "), deleted("också "), equal("för äldreomsorg."));
  }

  @Test
  void keepsPunctuationApartFromTheWordBeforeIt() {
    assertThat(TextDiff.words("Öka.", "Minska."))
        .containsExactly(deleted("Öka"), inserted("Minska"), equal("."));
  }

  @Test
  void readsSeveralReplacedWordsAsOneReplacement() {
    assertThat(
            TextDiff.words(
                "Vi ska öka antalet platser i år.", "Vi ska minska kostnaderna för platser i år."))
        .containsExactly(
            equal("Vi ska "),
            deleted("öka antalet"),
            inserted("minska kostnaderna för"),
            equal(" platser i år."));
  }

  @Test
  void marksAChangedParagraphAmongUnchangedOnes() {
    String older = "Första stycket.\n\nAndra stycket om hemtjänst.\n\nTredje stycket.\n";
    String newer = "Första stycket.\n\nAndra stycket om särskilt boende.\n\nTredje stycket.\n";

    assertThat(TextDiff.words(older, newer))
        .containsExactly(
            equal("Första stycket.\n\nAndra stycket om "),
            deleted("hemtjänst"),
            inserted("särskilt boende"),
            equal(".\n\nTredje stycket.\n"));
    assertThat(TextDiff.lines(older, newer))
        .containsExactly(
            equal("Första stycket.\n\n"),
            deleted("Andra stycket om hemtjänst.\n"),
            inserted("Andra stycket om särskilt boende.\n"),
            equal("\nTredje stycket.\n"));
  }

  @Test
  void findsNoChangeInEqualTexts() {
    List<Segment> diff = TextDiff.words("Samma text.", "Samma text.");

    assertThat(diff).containsExactly(equal("Samma text."));
    assertThat(TextDiff.unchanged(diff)).isTrue();
    assertThat(TextDiff.words(null, "")).isEmpty();
  }

  @Test
  void treatsAMissingTextAsEmpty() {
    assertThat(TextDiff.words(null, "Ny text")).containsExactly(inserted("Ny text"));
    assertThat(TextDiff.words("Gammal text", null)).containsExactly(deleted("Gammal text"));
  }

  @Test
  void givesBackBothTextsFromItsSegments() {
    Random random = new Random(42);
    String[] words = {"vård", "omsorg", " ", " ", "\n", "12,5", ".", ",", "och", "LSS", "äldre"};
    for (int round = 0; round < 200; round++) {
      String older = randomText(random, words);
      String newer = randomText(random, words);

      List<Segment> diff = TextDiff.words(older, newer);

      assertThat(join(diff, Kind.INSERTED)).isEqualTo(older);
      assertThat(join(diff, Kind.DELETED)).isEqualTo(newer);
      assertThat(diff).allSatisfy(s -> assertThat(s.text()).isNotEmpty());
      for (int i = 1; i < diff.size(); i++) {
        assertThat(diff.get(i).kind())
            .as("no two segments of a kind in a row")
            .isNotEqualTo(diff.get(i - 1).kind());
      }
    }
  }

  @Test
  void reportsAHugeRewriteAsTheWholeTextChangedAndStaysFast() {
    String older = "början " + "gammalt ord ".repeat(30_000) + "slut";
    String newer = "början " + "nytt ord ".repeat(30_000) + "slut";

    List<Segment> diff =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> TextDiff.words(older, newer));

    assertThat(diff)
        .extracting(Segment::kind)
        .containsExactly(Kind.EQUAL, Kind.DELETED, Kind.INSERTED, Kind.EQUAL);
    assertThat(diff.get(0).text()).isEqualTo("början ");
    assertThat(join(diff, Kind.INSERTED)).isEqualTo(older);
    assertThat(join(diff, Kind.DELETED)).isEqualTo(newer);
  }

  @Test
  void diffsALongTextWithOneEditWordByWordQuickly() {
    String paragraph = "Nämnden ansvarar för äldreomsorg och funktionsstöd i hela kommunen. ";
    String older = paragraph.repeat(2_000) + "Budgeten ökar. " + paragraph.repeat(2_000);
    String newer = paragraph.repeat(2_000) + "Budgeten minskar. " + paragraph.repeat(2_000);

    List<Segment> diff =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> TextDiff.words(older, newer));

    assertThat(diff)
        .extracting(Segment::kind)
        .containsExactly(Kind.EQUAL, Kind.DELETED, Kind.INSERTED, Kind.EQUAL);
    assertThat(diff.get(1).text()).isEqualTo("ökar");
    assertThat(diff.get(2).text()).isEqualTo("minskar");
  }

  private static String randomText(Random random, String[] words) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(30);
    for (int i = 0; i < length; i++) {
      text.append(words[random.nextInt(words.length)]);
    }
    return text.toString();
  }

  /**
   * The text of every segment except those of {@code without}: the old text without inserted, the
   * new without deleted.
   */
  private static String join(List<Segment> diff, Kind without) {
    return diff.stream()
        .filter(s -> s.kind() != without)
        .map(Segment::text)
        .collect(Collectors.joining());
  }
}
