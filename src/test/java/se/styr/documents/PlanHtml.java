package se.styr.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Builds HTML shaped like the plan template's output: one HTML5 document with all CSS inline,
 * paged-media rules, a named landscape page, tables with thead and caption, and inline SVG charts.
 */
public final class PlanHtml {
  static final String CSS =
      """
      @page {
        size: A4;
        margin: 22mm 18mm 20mm 18mm;
        @top-left { content: "Socialnämnden – Verksamhetsplan 2025"; font-size: 8pt; color: #555; }
        @bottom-right { content: "Sida " counter(page) " av " counter(pages); font-size: 8pt; }
      }
      @page wide { size: A4 landscape; }
      .wide { page: wide; }
      body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; line-height: 1.35; color: #111; }
      h1 { font-size: 20pt; } h2 { font-size: 14pt; page-break-after: avoid; } h3 { font-size: 11pt; }
      .title-page { page-break-after: always; padding-top: 60mm; }
      .toc { page-break-after: always; }
      .toc a::after { content: leader('.') target-counter(attr(href), page); }
      .toc a { color: #111; text-decoration: none; }
      section { page-break-before: always; }
      table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; margin: 6pt 0; }
      thead { display: table-header-group; }
      caption { text-align: left; font-weight: bold; padding: 4pt 0; }
      th, td { border-bottom: 0.5pt solid #999; padding: 2pt 4pt; vertical-align: top; }
      td.num, th.num { text-align: right; white-space: nowrap; }
      tr { page-break-inside: avoid; }
      figure { margin: 8pt 0; page-break-inside: avoid; }
      svg { width: 160mm; height: 85mm; }
      em { font-style: italic; } strong { font-weight: bold; }
      """;

  private final StringBuilder body = new StringBuilder(256 * 1024);
  private final String title;

  PlanHtml(String title) {
    this.title = title;
  }

  /** A plan of the given number of sections, each about two and a half A4 pages. */
  public static String plan(int sections) {
    PlanHtml html = new PlanHtml("Verksamhetsplan 2025 för socialnämnden");
    html.raw(
        "<div class=\"title-page\"><h1>Verksamhetsplan 2025</h1><p>Socialnämnden, Exempelby"
            + " kommun</p><p><em>Beslutad 2024-11-20, § 123</em></p></div>");
    StringBuilder toc = new StringBuilder("<nav class=\"toc\"><h2>Innehåll</h2><ul>");
    for (int s = 1; s <= sections; s++) {
      toc.append("<li><a href=\"#s")
          .append(s)
          .append("\">")
          .append(s)
          .append(". Verksamhetsområde ")
          .append(s)
          .append("</a></li>");
    }
    html.raw(toc.append("</ul></nav>").toString());
    for (int s = 1; s <= sections; s++) {
      html.section(s);
    }
    return html.build();
  }

  PlanHtml raw(String markup) {
    body.append(markup).append('\n');
    return this;
  }

  private void section(int s) {
    raw("<section id=\"s" + s + "\"><h2>" + s + ". Verksamhetsområde " + s + "</h2>");
    for (int p = 0; p < 6; p++) {
      raw(
          "<p>Nämnden ska under året fortsätta arbetet med att förbättra kvaliteten i äldreomsorgen"
              + " och individ- och familjeomsorgen. Åtgärderna följs upp i delårsrapporten och"
              + " årsredovisningen; målen är <strong>beslutade av kommunfullmäktige</strong> och"
              + " bryts ned i nämndens <em>verksamhetsplan</em>. Kostnaden per brukare ska hållas"
              + " inom ramen, och avvikelser över 5 procent redovisas med förklaring och"
              + " åtgärder.</p>");
    }
    raw(budgetTable("Driftbudget, verksamhetsområde " + s + " (tkr)", 24, false));
    raw(
        "<figure>"
            + chart(s)
            + "<figcaption>Figur "
            + s
            + ". Driftsammandrag</figcaption></figure>");
    raw(goalTable(s));
    if (s % 4 == 0) {
      raw(
          "<div class=\"wide\">"
              + budgetTable("Investeringar per projekt och år (tkr)", 18, true)
              + "</div>");
    }
    raw("</section>");
  }

  public static String budgetTable(String caption, int rows, boolean wide) {
    StringBuilder t =
        new StringBuilder("<table><caption>")
            .append(caption)
            .append("</caption><thead><tr>")
            .append("<th scope=\"col\">Verksamhet</th>");
    int columns = wide ? 9 : 4;
    for (int c = 0; c < columns; c++) {
      t.append("<th scope=\"col\" class=\"num\">")
          .append(wide ? "År " + (2025 + c) : "Budget " + (2023 + c))
          .append("</th>");
    }
    t.append("</tr></thead><tbody>");
    for (int r = 1; r <= rows; r++) {
      t.append("<tr><th scope=\"row\">Område ")
          .append(r)
          .append(" särskilt boende och hemtjänst</th>");
      for (int c = 0; c < columns; c++) {
        long value = 1_325_246L * (r + c) % 9_999_999;
        t.append("<td class=\"num\">").append(swedish(value)).append("</td>");
      }
      t.append("</tr>");
    }
    return t.append("</tbody></table>").toString();
  }

  static String goalTable(int s) {
    StringBuilder t =
        new StringBuilder("<table><caption>Mål och indikatorer ")
            .append(s)
            .append(
                "</caption><thead><tr><th scope=\"col\">Mål</th><th scope=\"col\">Indikator</th>")
            .append(
                "<th scope=\"col\" class=\"num\">Utfall</th><th scope=\"col\""
                    + " class=\"num\">Målvärde</th>")
            .append("</tr></thead><tbody>");
    for (int r = 1; r <= 8; r++) {
      t.append("<tr><td>Fler äldre ska känna sig trygga i sitt boende (")
          .append(r)
          .append(")</td>")
          .append(
              "<td>Andel brukare som är nöjda med hemtjänsten, %</td><td class=\"num\">−16,9</td>")
          .append("<td class=\"num\">85,0</td></tr>");
    }
    return t.append("</tbody></table>").toString();
  }

  public static String chart(int s) {
    return SvgSamples.DRIFTSAMMANDRAG.replace("budget-driftsammandrag-b2024", "chart" + s);
  }

  /** Groups thousands with a no-break space, as the plan's tables do. */
  static String swedish(long value) {
    String digits = Long.toString(Math.abs(value));
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        grouped.append('\u00A0');
      }
      grouped.append(digits.charAt(i));
    }
    return (value < 0 ? "−" : "") + grouped;
  }

  String build() {
    return "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title><meta name=\"description\" content=\"Nämndens plan och budget\"><style>"
        + CSS
        + "</style></head><body>\n"
        + body
        + "</body></html>";
  }

  /** Wraps body markup into the template's document shape. */
  public static String document(String title, String bodyMarkup) {
    return new PlanHtml(title).raw(bodyMarkup).build();
  }

  static final class SvgSamples {
    static final String DRIFTSAMMANDRAG =
        read("/se/styr/charts/trollhattan-driftsammandrag-b2024.svg");

    private static String read(String path) {
      try (InputStream in = PlanHtml.class.getResourceAsStream(path)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
