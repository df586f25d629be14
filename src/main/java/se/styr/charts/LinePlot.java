package se.styr.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import se.styr.goals.IndicatorUnit;
import se.styr.shared.Text;

/**
 * Draws an indicator's series as SVG: years across, values up, targets dashed, the baseline hollow.
 */
final class LinePlot {
  private static final double WIDTH = 640;
  private static final double HEIGHT = 320;
  private static final double TOP = 60;
  private static final double BOTTOM = HEIGHT - 36;
  private static final double RIGHT = WIDTH - 24;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final IndicatorSeries series;
  private final IndicatorUnit unit;
  private final Svg svg;
  private final List<Integer> years;
  private Scale scale;
  private double left;

  private LinePlot(IndicatorSeries series, Svg svg) {
    this.series = series;
    this.unit = series.indicator.unit();
    this.svg = svg;
    TreeSet<Integer> all = series.years();
    this.years =
        all.isEmpty() ? List.of() : IntStream.rangeClosed(all.first(), all.last()).boxed().toList();
  }

  static String draw(IndicatorSeries series, String id, String title, String description) {
    LinePlot plot = new LinePlot(series, Svg.root(id, WIDTH, HEIGHT, title, description));
    plot.draw(id);
    return plot.svg.finish();
  }

  private void draw(String id) {
    if (series.isEmpty() || years.isEmpty()) {
      svg.element(
          "text",
          series.words.of(IndicatorChart.NO_VALUES),
          "x",
          Svg.num(WIDTH / 2),
          "y",
          Svg.num(HEIGHT / 2),
          "text-anchor",
          "middle",
          "font-size",
          "16",
          "fill",
          Palette.MUTED_TEXT);
      return;
    }
    scale = scale(series);
    left = 16 + scale.ticks.stream().mapToDouble(t -> Texts.width(tickText(t), 12)).max().orElse(0);
    axes();
    bands();
    targets();
    baseline();
    values();
    legend();
  }

  /**
   * The value axis: yes/no as two fixed ticks, otherwise round ticks around every plotted number.
   */
  static Scale scale(IndicatorSeries series) {
    IndicatorUnit unit = series.indicator.unit();
    if (unit == IndicatorUnit.YES_NO) {
      return Scale.fixed(
          new BigDecimal("-0.25"),
          new BigDecimal("1.25"),
          List.of(BigDecimal.ZERO, BigDecimal.ONE));
    }
    boolean counted = unit == IndicatorUnit.COUNT || unit == IndicatorUnit.COUNT_OF_SET;
    List<BigDecimal> numbers = series.numbers();
    boolean fromZero = counted && numbers.stream().allMatch(n -> n.signum() >= 0);
    BigDecimal floor = unit == IndicatorUnit.PERCENT ? BigDecimal.ZERO : null;
    return Scale.covering(
        numbers, fromZero, floor, unit == IndicatorUnit.PERCENT ? HUNDRED : null, counted);
  }

  private String tickText(BigDecimal tick) {
    if (unit == IndicatorUnit.YES_NO) {
      return series.words.answer(tick.signum() != 0);
    }
    return unit == IndicatorUnit.PERCENT ? Texts.number(tick) + " %" : Texts.number(tick);
  }

  private double x(int year) {
    double slot = (RIGHT - left) / years.size();
    return left + slot * (years.indexOf(year) + 0.5);
  }

  private double y(BigDecimal value) {
    return scale.at(value, BOTTOM, TOP);
  }

  private void axes() {
    svg.start("g", "font-size", "12", "fill", Palette.TEXT);
    for (BigDecimal tick : scale.ticks) {
      double y = y(tick);
      boolean zero = tick.signum() == 0 && scale.low.signum() < 0 && unit != IndicatorUnit.YES_NO;
      svg.empty(
          "line",
          "x1",
          Svg.num(left),
          "y1",
          Svg.num(y),
          "x2",
          Svg.num(RIGHT),
          "y2",
          Svg.num(y),
          "stroke",
          zero ? Palette.AXIS : Palette.GRID,
          "stroke-width",
          zero ? "1.5" : "1");
      svg.element(
          "text",
          tickText(tick),
          "x",
          Svg.num(left - 8),
          "y",
          Svg.num(y + 4),
          "text-anchor",
          "end");
    }
    svg.empty(
        "line",
        "x1",
        Svg.num(left),
        "y1",
        Svg.num(BOTTOM),
        "x2",
        Svg.num(RIGHT),
        "y2",
        Svg.num(BOTTOM),
        "stroke",
        Palette.AXIS,
        "stroke-width",
        "1");
    double slot = (RIGHT - left) / years.size();
    int every = (int) Math.ceil((Texts.width("2024", 12) + 8) / slot);
    for (int i = 0; i < years.size(); i += every) {
      int year = years.get(i);
      svg.element(
          "text",
          Integer.toString(year),
          "x",
          Svg.num(x(year)),
          "y",
          Svg.num(BOTTOM + 20),
          "text-anchor",
          "middle");
    }
    String axisTitle =
        switch (unit) {
          case COUNT, COUNT_OF_SET, INDEX, KR ->
              series.words.of(Text.of("charts.axis." + unit.name()));
          default -> "";
        };
    if (!axisTitle.isEmpty()) {
      svg.element(
          "text", axisTitle, "x", Svg.num(8), "y", Svg.num(TOP - 14), "fill", Palette.MUTED_TEXT);
    }
    svg.end("g");
  }

  private void bands() {
    for (List<IndicatorSeries.Span> run : bandRuns()) {
      double half = Math.min(24, (RIGHT - left) / years.size() * 0.3);
      List<Double> upper = new ArrayList<>();
      List<Double> lower = new ArrayList<>();
      for (int i = 0; i < run.size(); i++) {
        IndicatorSeries.Span span = run.get(i);
        double x = x(span.year());
        double from = i == 0 ? x - half : x;
        double to = i == run.size() - 1 ? x + half : x;
        upper.addAll(List.of(from, y(span.high()), to, y(span.high())));
        lower.addAll(0, List.of(to, y(span.low()), from, y(span.low())));
      }
      List<Double> outline = new ArrayList<>(upper);
      outline.addAll(lower);
      svg.empty("polygon", "points", Svg.points(unbox(outline)), "fill", Palette.BAND_TINT);
      dashed(unbox(upper));
      dashed(unbox(lower));
      IndicatorSeries.Span first = run.get(0);
      svg.element(
          "text",
          series.words.of(Text.of("charts.targetLabel", first.text())),
          "x",
          Svg.num(x(first.year()) - half),
          "y",
          Svg.num(y(first.high()) - 6),
          "font-size",
          "11",
          "fill",
          Palette.TARGET);
    }
  }

  private List<List<IndicatorSeries.Span>> bandRuns() {
    List<List<IndicatorSeries.Span>> runs = new ArrayList<>();
    IndicatorSeries.Span previous = null;
    for (IndicatorSeries.Span span : series.targetBands) {
      if (previous == null || span.year() != previous.year() + 1) {
        runs.add(new ArrayList<>());
      }
      runs.get(runs.size() - 1).add(span);
      previous = span;
    }
    return runs;
  }

  private void dashed(double... xy) {
    svg.empty(
        "polyline",
        "points",
        Svg.points(xy),
        "fill",
        "none",
        "stroke",
        Palette.TARGET,
        "stroke-width",
        "2",
        "stroke-dasharray",
        Palette.TARGET_DASH);
  }

  private void targets() {
    List<IndicatorSeries.Point> run = new ArrayList<>();
    IndicatorSeries.Point previous = null;
    for (IndicatorSeries.Point point : series.targetPoints) {
      if (previous != null && point.year() != previous.year() + 1) {
        targetLine(run);
        run = new ArrayList<>();
      }
      run.add(point);
      previous = point;
    }
    targetLine(run);
    String lastText = null;
    for (IndicatorSeries.Point point : series.targetPoints) {
      double x = x(point.year());
      double y = y(point.value());
      Palette.diamond(svg, x, y, Palette.TARGET);
      if (!point.text().equals(lastText)) {
        svg.element(
            "text",
            series.words.of(Text.of("charts.targetLabel", point.text())),
            "x",
            Svg.num(x),
            "y",
            Svg.num(y + 19),
            "text-anchor",
            "middle",
            "font-size",
            "11",
            "fill",
            Palette.TARGET);
      }
      lastText = point.text();
    }
  }

  private void targetLine(List<IndicatorSeries.Point> run) {
    if (run.size() > 1) {
      dashed(coordinates(run));
    }
  }

  private void baseline() {
    if (series.baselineRange != null) {
      range(series.baselineRange, Palette.BASELINE, true);
    } else if (series.baselinePoint != null) {
      IndicatorSeries.Point point = series.baselinePoint;
      Palette.square(svg, x(point.year()), y(point.value()), Palette.BASELINE);
      if (series.measured.stream()
          .anyMatch(m -> m.year() == point.year() && !m.value().missing())) {
        return;
      }
      svg.element(
          "text",
          label(point.text()),
          "x",
          Svg.num(x(point.year()) - 9),
          "y",
          Svg.num(y(point.value()) + 4),
          "text-anchor",
          "end",
          "font-size",
          "11",
          "fill",
          Palette.BASELINE);
    }
  }

  private void values() {
    for (IndicatorSeries.Span range : series.valueRanges) {
      range(range, Palette.VALUE, false);
    }
    for (List<IndicatorSeries.Point> run : series.valueRuns) {
      if (run.size() > 1) {
        svg.empty(
            "polyline",
            "points",
            Svg.points(coordinates(run)),
            "fill",
            "none",
            "stroke",
            Palette.VALUE,
            "stroke-width",
            "2.5");
      }
    }
    for (List<IndicatorSeries.Point> run : series.valueRuns) {
      for (int i = 0; i < run.size(); i++) {
        IndicatorSeries.Point point = run.get(i);
        double x = x(point.year());
        double y = y(point.value());
        Palette.circle(svg, x, y, Palette.VALUE);
        valueLabel(run, i, x, y);
      }
    }
    for (IndicatorSeries.Measured measured : series.measured) {
      if (measured.value().missing()) {
        svg.element(
            "text",
            "saknas",
            "x",
            Svg.num(x(measured.year())),
            "y",
            Svg.num(BOTTOM - 8),
            "text-anchor",
            "middle",
            "font-size",
            "11",
            "font-style",
            "italic",
            "fill",
            Palette.MUTED_TEXT);
      }
    }
  }

  /**
   * A label above its point, or underneath a point below its neighbours, where the line does not
   * run; an end point with no room underneath gets its label beside it, away from the line.
   */
  private void valueLabel(List<IndicatorSeries.Point> run, int i, double x, double y) {
    String text = label(run.get(i).text());
    double labelX = x;
    double labelY = y - 10;
    String anchor = "middle";
    if (isLow(run, i)) {
      if (y + 19 < BOTTOM - 4) {
        labelY = y + 19;
      } else if (i == 0 || i == run.size() - 1) {
        labelX = i == 0 ? x - 8 : x + 8;
        labelY = y + 4;
        anchor = i == 0 ? "end" : "start";
      }
    }
    svg.element(
        "text",
        text,
        "x",
        Svg.num(labelX),
        "y",
        Svg.num(labelY),
        "text-anchor",
        anchor,
        "font-size",
        "11",
        "font-weight",
        "bold",
        "fill",
        Palette.VALUE);
  }

  /** A point below its neighbours gets its label underneath, where the line does not run. */
  private static boolean isLow(List<IndicatorSeries.Point> run, int i) {
    BigDecimal value = run.get(i).value();
    boolean belowPrevious = i == 0 || value.compareTo(run.get(i - 1).value()) < 0;
    boolean belowNext = i == run.size() - 1 || value.compareTo(run.get(i + 1).value()) < 0;
    return run.size() > 1 && belowPrevious && belowNext;
  }

  /** A value or baseline printed as a range: a line from low to high with a mark at each end. */
  private void range(IndicatorSeries.Span span, String colour, boolean baseline) {
    double x = x(span.year());
    svg.empty(
        "line",
        "x1",
        Svg.num(x),
        "y1",
        Svg.num(y(span.low())),
        "x2",
        Svg.num(x),
        "y2",
        Svg.num(y(span.high())),
        "stroke",
        colour,
        "stroke-width",
        "2");
    for (BigDecimal end : List.of(span.low(), span.high())) {
      if (baseline) {
        Palette.square(svg, x, y(end), colour);
      } else {
        Palette.circle(svg, x, y(end), colour);
      }
    }
    svg.element(
        "text",
        label(span.text()),
        "x",
        Svg.num(x + 9),
        "y",
        Svg.num(y(span.high()) + 4),
        "font-size",
        "11",
        "fill",
        colour);
  }

  private String label(String text) {
    return unit == IndicatorUnit.PERCENT ? text + " %" : text;
  }

  private void legend() {
    svg.start("g", "font-size", "12", "fill", Palette.TEXT);
    double x = left;
    double y = 22;
    if (series.hasValues()) {
      svg.empty(
          "line",
          "x1",
          Svg.num(x),
          "y1",
          Svg.num(y - 4),
          "x2",
          Svg.num(x + 24),
          "y2",
          Svg.num(y - 4),
          "stroke",
          Palette.VALUE,
          "stroke-width",
          "2.5");
      Palette.circle(svg, x + 12, y - 4, Palette.VALUE);
      x = legendText(series.words.of(Text.of("charts.value")), x + 30, y);
    } else {
      String none = series.words.of(IndicatorChart.NO_VALUES);
      svg.element(
          "text",
          none,
          "x",
          Svg.num(x),
          "y",
          Svg.num(y),
          "font-style",
          "italic",
          "fill",
          Palette.MUTED_TEXT);
      x += Texts.width(none, 12) + 20;
    }
    if (series.hasTargetLine()) {
      dashed(x, y - 4, x + 24, y - 4);
      Palette.diamond(svg, x + 12, y - 4, Palette.TARGET);
      x = legendText(series.words.of(Text.of("charts.target")), x + 30, y);
    }
    if (!series.targetBands.isEmpty()) {
      svg.empty(
          "rect",
          "x",
          Svg.num(x),
          "y",
          Svg.num(y - 10),
          "width",
          "24",
          "height",
          "12",
          "fill",
          Palette.BAND_TINT);
      dashed(x, y - 10, x + 24, y - 10);
      dashed(x, y + 2, x + 24, y + 2);
      x = legendText(series.words.of(Text.of("charts.targetRange")), x + 30, y);
    }
    if (series.hasBaseline()) {
      Palette.square(svg, x + 6, y - 4, Palette.BASELINE);
      legendText(series.words.of(Text.of("charts.baseline")), x + 16, y);
    }
    svg.end("g");
  }

  private double legendText(String text, double x, double y) {
    svg.element("text", text, "x", Svg.num(x), "y", Svg.num(y));
    return x + Texts.width(text, 12) + 20;
  }

  private double[] coordinates(List<IndicatorSeries.Point> points) {
    double[] xy = new double[points.size() * 2];
    for (int i = 0; i < points.size(); i++) {
      xy[2 * i] = x(points.get(i).year());
      xy[2 * i + 1] = y(points.get(i).value());
    }
    return xy;
  }

  private static double[] unbox(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
