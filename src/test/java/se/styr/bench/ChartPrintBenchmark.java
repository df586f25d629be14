package se.styr.bench;

import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.styr.documents.html.HtmlRenderer;
import se.styr.documents.model.LayoutFile;
import se.styr.documents.model.PlanPrinter;
import se.styr.documents.pdf.PdfOptions;
import se.styr.documents.pdf.PdfRenderer;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;

/**
 * Target: a chart costs at most 3 ms of a print. The bar chart of the largest seed plan
 * (Södertälje: 12 areas in two series, one of them striped; 46 labels) is printed on a page of its
 * own, in the document's stylesheet, and the same page without the chart's svg element (its figure
 * and caption kept); the difference is the chart. A page of its own, since the whole plan's print
 * varies by more than a chart between runs on a shared machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ChartPrintBenchmark {
  private String withChart;
  private String withoutChart;
  private PdfOptions options;

  @Setup(Level.Trial)
  public void prepare() {
    PlanDocument plan = PlanFileReader.read(DocumentBenchmark.LARGEST);
    String page =
        HtmlRenderer.page(
            PlanPrinter.print(plan, LayoutFile.forMunicipality(plan.municipality().code(), null)));
    Matcher figure = Pattern.compile("(?s)<figure.*?</figure>").matcher(page);
    if (!figure.find()) {
      throw new IllegalStateException("the plan's document has no chart");
    }
    String head = page.substring(0, page.indexOf("<body"));
    withChart = head + "<body><p>Diagram</p>" + figure.group() + "</body></html>";
    withoutChart = withChart.replaceAll("(?s)<svg.*?</svg>", "");
    options = PdfOptions.swedish("Verksamhetsplan", "Nämndens plan", "Omsorgsnämnden");
  }

  @Benchmark
  public byte[] printsThePageWithTheChart() {
    return PdfRenderer.render(withChart, options);
  }

  @Benchmark
  public byte[] printsThePageWithoutTheChart() {
    return PdfRenderer.render(withoutChart, options);
  }
}
