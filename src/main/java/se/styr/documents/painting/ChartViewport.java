package se.styr.documents.painting;

import java.awt.geom.AffineTransform;
import org.w3c.dom.Element;
import se.styr.documents.painting.ChartSvgValues.Unsupported;

/**
 * The size an SVG takes in the layout, in CSS pixels, and how its user units map onto that size.
 * The size is the one Batik reports ({@code BatikSVGImage}), so a chart lays out the same whichever
 * of the two draws it.
 */
record ChartViewport(int width, int height, AffineTransform userToViewport) {

  static ChartViewport of(Element svg) {
    int width = pixels(svg.getAttribute("width"));
    int height = pixels(svg.getAttribute("height"));
    String viewBox = svg.getAttribute("viewBox");
    // Batik takes the viewBox's size when it is written in whole numbers, and only then.
    String[] parts = viewBox.split("\\s+");
    if (parts.length == 4) {
      try {
        width = Integer.parseInt(parts[2]);
        height = Integer.parseInt(parts[3]);
      } catch (NumberFormatException e) {
        // The width and height attributes stand.
      }
    }
    if (width <= 0 || height <= 0) {
      throw new Unsupported("size " + width + " × " + height);
    }
    return new ChartViewport(
        width, height, viewBox.isEmpty() ? new AffineTransform() : fit(viewBox, width, height));
  }

  /**
   * PrintableDom rounds the charts' sizes to whole pixels; other lengths are Batik's to resolve.
   */
  private static int pixels(String value) {
    if (value.isEmpty()
        || value.length() > 6
        || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new Unsupported("size '" + value + "'");
    }
    return Integer.parseInt(value);
  }

  /** preserveAspectRatio's default, xMidYMid meet: uniform, the whole viewBox visible, centred. */
  private static AffineTransform fit(String viewBox, int width, int height) {
    double[] box = ChartSvgValues.numbers(viewBox, "viewBox");
    if (box.length != 4 || box[2] <= 0 || box[3] <= 0) {
      throw new Unsupported("viewBox '" + viewBox + "'");
    }
    double scale = Math.min(width / box[2], height / box[3]);
    AffineTransform transform =
        AffineTransform.getTranslateInstance(
            (width - box[2] * scale) / 2, (height - box[3] * scale) / 2);
    transform.scale(scale, scale);
    transform.translate(-box[0], -box[1]);
    return transform;
  }
}
