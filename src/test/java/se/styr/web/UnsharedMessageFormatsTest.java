package se.styr.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class UnsharedMessageFormatsTest {
  private static UnsharedMessageFormats messages() {
    return Languages.messages();
  }

  @Test
  void everyCallerGetsAFormatOfItsOwnForTheSameText() {
    UnsharedMessageFormats messages = messages();
    Locale swedish = Locale.forLanguageTag("sv");
    var first = messages.resolveCode("plan.council.frame", swedish);
    var second = messages.resolveCode("plan.council.frame", swedish);
    assertThat(first).isNotNull().isNotSameAs(second);
    assertThat(first.toPattern()).isEqualTo(second.toPattern());
    assertThat(messages.resolveCode("no.such.text", swedish)).isNull();
  }

  @Test
  void textsFormattedAtOnceByManyThreadsKeepTheirOwnArguments() throws Exception {
    UnsharedMessageFormats messages = messages();
    Locale swedish = Locale.forLanguageTag("sv");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 2_000; i++) {
        String year = String.valueOf(2000 + i % 50);
        results.add(
            pool.submit(
                () ->
                    messages
                        .getMessage("plan.council.noFrame", new Object[] {year}, swedish)
                        .contains(year)));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
