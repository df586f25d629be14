package se.styr.bench;

import java.io.IOException;
import java.nio.file.Files;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import se.styr.imports.sie.SieHandler;
import se.styr.imports.sie.SieReader;
import se.styr.imports.sie.SieSummary;
import se.styr.imports.sie.SieTransaction;
import se.styr.imports.sie.SieVoucher;

/**
 * Reading a generated SIE 4 file of 1,000,000 #TRANS rows in 100,000 vouchers ({@link SieFiles},
 * about 60 MB) from disk, every row parsed and checked (balance per voucher, ledger sums) and
 * handed to a handler that sums it, in a JVM with a heap of 64 MB: the target is at least 1,000,000
 * rows a second, i.e. a score under 1,000 ms per file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx64m", "-Xms64m"})
public class SieReaderBenchmark {
  static final int ROWS = 1_000_000;

  private Path file;

  @Setup
  public void file() throws IOException {
    file = SieFiles.write(Files.createTempFile("styr-bench", ".se"), ROWS, 2024);
  }

  @TearDown
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public SieSummary readAMillionRows(Blackhole hole) {
    SieSummary summary =
        SieReader.read(
            file,
            new SieHandler() {
              @Override
              public void transaction(SieVoucher voucher, SieTransaction row) {
                hole.consume(row);
              }
            });
    if (summary.transactions() != ROWS) {
      throw new IllegalStateException("read " + summary.transactions() + " rows");
    }
    return summary;
  }
}
