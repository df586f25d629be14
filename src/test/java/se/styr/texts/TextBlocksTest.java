package se.styr.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextBlocksTest {

  @Test
  void partsParagraphsAtBlankLinesAndJoinsTheLinesOfOne() {
    TextBlocks text = TextBlocks.of("Första stycket,\nsom fortsätter.\n\nAndra stycket.\n");
    assertThat(text.blocks())
        .extracting(TextBlocks.Block::text)
        .containsExactly("Första stycket, som fortsätter.", "Andra stycket.");
  }

  @Test
  void readsLinesStartingWithADashAsOneBulletList() {
    TextBlocks text =
        TextBlocks.of("Vid uppföljning:\n\n- Centrala nyckeltal\n-Nationella indikatorer\n\nSlut.");
    assertThat(text.blocks()).hasSize(3);
    assertThat(text.blocks().get(1).list()).isTrue();
    assertThat(text.blocks().get(1).items())
        .containsExactly("Centrala nyckeltal", "Nationella indikatorer");
    assertThat(text.blocks().get(2).text()).isEqualTo("Slut.");
  }

  @Test
  void endsAParagraphWhereAListStartsWithoutABlankLine() {
    TextBlocks text = TextBlocks.of("Det kan vara:\n- en beskrivning\n- en analys");
    assertThat(text.blocks()).extracting(TextBlocks.Block::list).containsExactly(false, true);
  }

  @Test
  void keepsANegativeNumberAtTheStartOfALineAsText() {
    assertThat(TextBlocks.of("-10 % mot budget").blocks())
        .singleElement()
        .extracting(TextBlocks.Block::text)
        .isEqualTo("-10 % mot budget");
  }

  @Test
  void hasNoBlocksForMissingOrBlankText() {
    assertThat(TextBlocks.of(null).isEmpty()).isTrue();
    assertThat(TextBlocks.of("  \n ").blocks()).isEqualTo(List.of());
  }
}
