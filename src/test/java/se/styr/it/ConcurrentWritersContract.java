package se.styr.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.StaleTableException;
import se.styr.budget.TableEditing;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanFiles;
import se.styr.plan.PlanStore;
import se.styr.security.Caller;
import se.styr.security.Grant;
import se.styr.version.Versions;

/**
 * Fifty people entering figures into one table at the same time, as unit managers do in a follow-up
 * round: different cells never refuse each other and none is lost; the same cell is won by one, and
 * the others are refused with the value it has now; a total is refused when a figure of its column
 * changed since it was read. Subclasses choose the database.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "styr.demo.load=false")
abstract class ConcurrentWritersContract {
  private static final int WRITERS = 50;
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final Caller ANNA = new Caller("anna", "Anna", List.of(Grant.administrator()));
  @Autowired PlanStore plans;
  @Autowired Versions versions;
  @Autowired TableEditing editing;
  @Autowired JdbcClient jdbc;

  /** A draft whose table drift has one column and fifty item rows, r0 to r49, and a total. */
  private long plan() {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < WRITERS; i++) {
      rows.append("      - {key: r")
          .append(i)
          .append(", label: Enhet ")
          .append(i)
          .append(", values: [1, 1]}\n");
    }
    rows.append("      - {key: summa, label: Summa, role: total, values: [")
        .append(WRITERS)
        .append(", ")
        .append(WRITERS)
        .append("]}\n");
    // a municipality of its own per plan, from the end of SCB's list, where no other test looks
    List<String> codes = se.styr.organisation.MunicipalityCodes.all();
    String code = codes.get(codes.size() - NEXT.incrementAndGet());
    String file =
        PlanFiles.VALID
            .replace("\"1488\"", "\"" + code + "\"")
            .replace(
                PlanFiles.VALID.substring(
                    PlanFiles.VALID.indexOf("      - {key: sabo, label: Särskilt boende, area"),
                    PlanFiles.VALID.length()),
                rows.toString());
    plans.store(PlanFileReader.read(code + ".yaml", file), "test");
    return versions.plan(code, "omsorgsnamnden", 2024).orElseThrow().planId();
  }

  private BudgetTable table(long planId) {
    return editing.table(versions.version(planId, 1).orElseThrow().versionId(), "drift").table();
  }

  private int lock(long planId) {
    return editing
        .table(versions.version(planId, 1).orElseThrow().versionId(), "drift")
        .state()
        .lockVersion();
  }

  private record Outcome(int accepted, List<StaleTableException> refused) {}

  /** Each writer writes its cell and value, all starting at once, all having read {@code read}. */
  private Outcome race(long planId, int read, List<String> rows, List<Integer> values)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger accepted = new AtomicInteger();
    ConcurrentLinkedQueue<StaleTableException> refused = new ConcurrentLinkedQueue<>();
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        String row = rows.get(i);
        int value = values.get(i);
        writers.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    editing.changeCell(
                        planId,
                        1,
                        "drift",
                        row,
                        "b2024",
                        Cell.of(String.valueOf(value)),
                        read,
                        ANNA);
                    accepted.incrementAndGet();
                  } catch (StaleTableException e) {
                    refused.add(e);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> writer : writers) {
        writer.get(60, TimeUnit.SECONDS); // any other error fails the test
      }
    } finally {
      pool.shutdownNow();
    }
    return new Outcome(accepted.get(), List.copyOf(refused));
  }

  private int figureChanges(long planId) {
    return jdbc.sql(
            "select count(*) from audit_entry where plan_id = ? and action = 'FIGURE_CHANGED'")
        .param(planId)
        .query(Integer.class)
        .single();
  }

  @Test
  void fiftyWritersOfDifferentCellsAreAllAcceptedAndNoneIsLost() throws Exception {
    long planId = plan();
    List<String> rows = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      rows.add("r" + i);
      values.add(1000 + i);
    }
    Outcome outcome = race(planId, lock(planId), rows, values);
    assertThat(outcome.refused()).isEmpty();
    assertThat(outcome.accepted()).isEqualTo(WRITERS);
    BudgetTable table = table(planId);
    for (int i = 0; i < WRITERS; i++) {
      assertThat(table.row("r" + i).orElseThrow().cell(1).value())
          .as("r%d", i)
          .isEqualByComparingTo(BigDecimal.valueOf(1000 + i));
    }
    assertThat(lock(planId)).isEqualTo(WRITERS);
    assertThat(figureChanges(planId)).isEqualTo(WRITERS);
  }

  @Test
  void fiftyWritersOfOneCellOneWinsAndTheOthersAreToldItsValue() throws Exception {
    long planId = plan();
    List<String> rows = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      rows.add("r7");
      values.add(2000 + i);
    }
    Outcome outcome = race(planId, lock(planId), rows, values);
    assertThat(outcome.accepted()).isEqualTo(1);
    assertThat(outcome.refused()).hasSize(WRITERS - 1);
    BigDecimal stored = table(planId).row("r7").orElseThrow().cell(1).value();
    assertThat(outcome.refused())
        .allSatisfy(
            e -> {
              assertThat(e.details().get("currentValue")).isEqualTo(stored);
              assertThat(e.details().get("changedBy")).isEqualTo("anna");
              assertThat(e.details().get("row")).isEqualTo("r7");
            });
    assertThat(figureChanges(planId)).isEqualTo(1);
  }

  @Test
  void aTotalIsRefusedWhenAFigureOfItsColumnChangedSinceItWasRead() throws Exception {
    long planId = plan();
    int read = lock(planId);
    editing.changeCell(planId, 1, "drift", "r3", "b2024", Cell.of("5"), read, ANNA);
    Outcome total = race(planId, read, List.of("summa"), List.of(54));
    assertThat(total.accepted()).isZero();
    assertThat(total.refused())
        .singleElement()
        .satisfies(e -> assertThat(e.details().get("row")).isEqualTo("r3"));
    Outcome other = race(planId, read, List.of("r4"), List.of(6));
    assertThat(other.accepted()).isEqualTo(1);
  }
}
