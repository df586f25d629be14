package se.styr.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws horizontal bars: one group per labelled row, one bar per series, a zero line, the figure at
 * each bar's end. Several series get a legend and differ by pattern as well as colour.
 */
final class BarPlot {
  private static final double WIDTH = 640;
  private static final double LABEL_FONT = 12;
  private static final double VALUE_FONT = 11;
  private static final double LINE = 14;
  private static final double MAX_LABEL_WIDTH = 210;

  /** One row of bars: its label and one figure per series (null where the cell is blank). */
  record Group(String label, List<BigDecimal> figures) {}

  private final String id;
  private final List<String> seriesNames;
  private final List<Group> groups;
  private final String unit;
  private final String axisTitle;

  /** What the chart says when there is nothing to draw, in the chart's language. */
  private final String nothing;

  private final Svg svg;
  private final List<List<String>> labelLines = new ArrayList<>();
  private final List<double[]> legendPlaces = new ArrayList<>();
  private Scale scale;
  private double labelsRight;
  private double plotLeft;
  private double plotRight;
  private double plotTop;
  private double barHeight;
  private double pitch;

  private BarPlot(
      String id,
      List<String> seriesNames,
      List<Group> groups,
      String unit,
      String axisTitle,
      String nothing,
      Svg svg) {
    this.id = id;
    this.nothing = nothing;
    this.seriesNames = seriesNames;
    this.groups = groups;
    this.unit = unit;
    this.axisTitle = axisTitle;
    this.svg = svg;
  }

  static String draw(
      String id,
      String title,
      String description,
      List<String> seriesNames,
      List<Group> groups,
      String unit,
      String axisTitle,
      String nothing) {
    List<List<String>> lines =
        groups.stream().map(g -> Texts.wrap(g.label(), LABEL_FONT, MAX_LABEL_WIDTH, 3)).toList();
    int series = seriesNames.size();
    double barHeight = series == 1 ? 18 : 11;
    double pitch =
        12
            + Math.max(
                lines.stream().mapToInt(List::size).max().orElse(1) * LINE,
                series * (barHeight + 2));
    List<double[]> legend = legendPlaces(seriesNames);
    double plotTop = series == 1 ? 12 : legend.get(legend.size() - 1)[1] + 20;
    double height = plotTop + Math.max(1, groups.size()) * pitch + 48;
    BarPlot plot =
        new BarPlot(
            id,
            seriesNames,
            groups,
            unit,
            axisTitle,
            nothing,
            Svg.root(id, WIDTH, height, title, description));
    plot.labelLines.addAll(lines);
    plot.barHeight = barHeight;
    plot.pitch = pitch;
    plot.plotTop = plotTop;
    plot.legendPlaces.addAll(legend);
    plot.draw();
    return plot.svg.finish();
  }

  /** The figure axis: round ticks covering every figure and zero. */
  static Scale scale(List<Group> groups) {
    return Scale.covering(figures(groups), true, null, null);
  }

  private List<BigDecimal> figures() {
    return figures(groups);
  }

  private static List<BigDecimal> figures(List<Group> groups) {
    List<BigDecimal> figures = new ArrayList<>();
    groups.forEach(g -> g.figures().stream().filter(f -> f != null).forEach(figures::add));
    return figures;
  }

  private void draw() {
    List<BigDecimal> figures = figures();
    if (figures.isEmpty()) {
      svg.element(
          "text",
          nothing,
          "x",
          Svg.num(WIDTH / 2),
          "y",
          Svg.num(plotTop + 20),
          "text-anchor",
          "middle",
          "font-size",
          "16",
          "fill",
          Palette.MUTED_TEXT);
      return;
    }
    scale = scale(groups);
    double labelWidth =
        labelLines.stream()
            .flatMap(List::stream)
            .mapToDouble(l -> Texts.width(l, LABEL_FONT))
            .max()
            .orElse(0);
    double room =
        figures.stream().mapToDouble(f -> Texts.width(Texts.number(f), VALUE_FONT)).max().orElse(0)
            + 8;
    labelsRight = 8 + Math.min(labelWidth, MAX_LABEL_WIDTH);
    placePlot(figures, room);
    if (seriesNames.size() > 1) {
      Palette.patterns(svg, id, seriesNames.size());
      legend();
    }
    axis();
    for (int g = 0; g < groups.size(); g++) {
      group(g);
    }
    double zero = x(BigDecimal.ZERO);
    svg.empty(
        "line",
        "x1",
        Svg.num(zero),
        "y1",
        Svg.num(plotTop),
        "x2",
        Svg.num(zero),
        "y2",
        Svg.num(bottom()),
        "stroke",
        Palette.AXIS,
        "stroke-width",
        "1.5");
  }

  /**
   * Leaves room beside the plot for the figure at the end of the longest bars, only as much as the
   * round ends of the axis do not leave already.
   */
  private void placePlot(List<BigDecimal> figures, double room) {
    double span = scale.high.subtract(scale.low).doubleValue();
    BigDecimal min = figures.stream().reduce(BigDecimal::min).orElseThrow();
    BigDecimal max = figures.stream().reduce(BigDecimal::max).orElseThrow();
    double spareLeft = min.signum() < 0 ? min.subtract(scale.low).doubleValue() / span : 1;
    double spareRight = max.signum() > 0 ? scale.high.subtract(max).doubleValue() / span : 1;
    double from = labelsRight + 12;
    double lastTick = Texts.width(Texts.number(scale.high), 12) / 2 + 4;
    double to = WIDTH - Math.max(12, lastTick);
    double left = 0;
    double right = 0;
    for (int i = 0; i < 4; i++) {
      double width = to - from - left - right;
      left = Math.max(0, room - spareLeft * width);
      right = Math.max(0, room - spareRight * width);
    }
    plotLeft = from + left;
    plotRight = to - right;
  }

  private double bottom() {
    return plotTop + groups.size() * pitch;
  }

  private double x(BigDecimal value) {
    return scale.at(value, plotLeft, plotRight);
  }

  private void axis() {
    svg.start("g", "font-size", "12", "fill", Palette.TEXT);
    double widest =
        scale.ticks.stream().mapToDouble(t -> Texts.width(Texts.number(t), 12)).max().orElse(0);
    double spacing = (plotRight - plotLeft) / Math.max(1, scale.ticks.size() - 1);
    int every = (int) Math.ceil((widest + 10) / spacing);
    for (int i = 0; i < scale.ticks.size(); i++) {
      BigDecimal tick = scale.ticks.get(i);
      double x = x(tick);
      svg.empty(
          "line",
          "x1",
          Svg.num(x),
          "y1",
          Svg.num(plotTop),
          "x2",
          Svg.num(x),
          "y2",
          Svg.num(bottom()),
          "stroke",
          Palette.GRID,
          "stroke-width",
          "1");
      if (i % every == 0 || tick.signum() == 0) {
        svg.element(
            "text",
            Texts.number(tick),
            "x",
            Svg.num(x),
            "y",
            Svg.num(bottom() + 18),
            "text-anchor",
            "middle");
      }
    }
    svg.element(
        "text",
        axisTitle,
        "x",
        Svg.num((plotLeft + plotRight) / 2),
        "y",
        Svg.num(bottom() + 38),
        "text-anchor",
        "middle",
        "fill",
        Palette.MUTED_TEXT);
    svg.end("g");
  }

  private void group(int g) {
    Group group = groups.get(g);
    double top = plotTop + g * pitch;
    double centre = top + pitch / 2;
    List<String> lines = labelLines.get(g);
    double first = centre - (lines.size() - 1) * LINE / 2 + 4;
    for (int l = 0; l < lines.size(); l++) {
      svg.element(
          "text",
          lines.get(l),
          "x",
          Svg.num(labelsRight),
          "y",
          Svg.num(first + l * LINE),
          "text-anchor",
          "end",
          "font-size",
          "12",
          "fill",
          Palette.TEXT);
    }
    int series = seriesNames.size();
    double barsTop = centre - (series * (barHeight + 2) - 2) / 2;
    for (int s = 0; s < series; s++) {
      BigDecimal figure = group.figures().get(s);
      if (figure == null) {
        continue;
      }
      double y = barsTop + s * (barHeight + 2);
      bar(group.label(), s, figure, y);
    }
  }

  private void bar(String label, int s, BigDecimal figure, double y) {
    double zero = x(BigDecimal.ZERO);
    double end = x(figure);
    String text = Texts.number(figure);
    String colour = seriesNames.size() == 1 ? Palette.VALUE : Palette.SERIES.get(s);
    String fill = seriesNames.size() == 1 ? Palette.VALUE : Palette.seriesFill(id, s);
    svg.start("g");
    svg.element("title", label + ", " + seriesNames.get(s) + ": " + text + " " + unit);
    svg.empty(
        "rect",
        "x",
        Svg.num(Math.min(zero, end)),
        "y",
        Svg.num(y),
        "width",
        Svg.num(Math.abs(end - zero)),
        "height",
        Svg.num(barHeight),
        "fill",
        fill,
        "stroke",
        colour,
        "stroke-width",
        "1");
    boolean negative = figure.signum() < 0;
    svg.element(
        "text",
        text,
        "x",
        Svg.num(negative ? end - 4 : end + 4),
        "y",
        Svg.num(y + barHeight / 2 + 4),
        "text-anchor",
        negative ? "end" : "start",
        "font-size",
        Svg.num(VALUE_FONT),
        "fill",
        Palette.TEXT);
    svg.end("g");
  }

  /** Where each legend entry starts (x, baseline y): left to right, wrapping within the width. */
  private static List<double[]> legendPlaces(List<String> names) {
    List<double[]> places = new ArrayList<>();
    double x = 8;
    double y = 22;
    for (String name : names) {
      double width = 22 + Texts.width(legendText(name), 12) + 18;
      if (x > 8 && x + width > WIDTH - 8) {
        x = 8;
        y += 20;
      }
      places.add(new double[] {x, y});
      x += width;
    }
    return places;
  }

  private static String legendText(String name) {
    return Texts.wrap(name, 12, WIDTH - 60, 1).get(0);
  }

  private void legend() {
    svg.start("g", "font-size", "12", "fill", Palette.TEXT);
    for (int s = 0; s < seriesNames.size(); s++) {
      double x = legendPlaces.get(s)[0];
      double y = legendPlaces.get(s)[1];
      svg.empty(
          "rect",
          "x",
          Svg.num(x),
          "y",
          Svg.num(y - 10),
          "width",
          "16",
          "height",
          "12",
          "fill",
          Palette.seriesFill(id, s),
          "stroke",
          Palette.SERIES.get(s),
          "stroke-width",
          "1");
      svg.element("text", legendText(seriesNames.get(s)), "x", Svg.num(x + 22), "y", Svg.num(y));
    }
    svg.end("g");
  }
}
