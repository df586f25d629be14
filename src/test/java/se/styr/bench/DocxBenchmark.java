package se.styr.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.styr.documents.docx.DocxRenderer;
import se.styr.documents.model.DocumentLayout;
import se.styr.documents.model.PlanPrinter;
import se.styr.documents.model.Printed;
import se.styr.documents.model.PrintedPlan;
import se.styr.plan.PlanFileReader;

/**
 * Target: the largest seed plan (Södertälje's, 47 headings, 14 tables, one chart) renders as DOCX
 * in well under 500 ms once warm. The same plan without its chart shows what the chart's PNG costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class DocxBenchmark {
  private PrintedPlan plan;
  private PrintedPlan withoutCharts;

  @Setup
  public void printPlan() {
    plan =
        PlanPrinter.print(
            PlanFileReader.read(Path.of("demo", "sodertalje-omsorgsnamnden-2025.yaml")),
            DocumentLayout.DEFAULT);
    withoutCharts =
        new PrintedPlan(
            plan.language(),
            plan.title(),
            plan.runningHeader(),
            plan.description(),
            plan.titlePage(),
            plan.watermark(),
            plan.contentsDepth(),
            plan.body().stream().filter(b -> !(b instanceof Printed.Figure)).toList());
  }

  @Benchmark
  public byte[] renderLargestSeedPlan() {
    return DocxRenderer.render(plan);
  }

  @Benchmark
  public byte[] renderLargestSeedPlanWithoutCharts() {
    return DocxRenderer.render(withoutCharts);
  }
}
