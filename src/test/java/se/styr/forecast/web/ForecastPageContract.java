package se.styr.forecast.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import se.styr.shared.SwedishNumbers;
import se.styr.version.PlanSummary;
import se.styr.version.Versions;

/**
 * The forecast tab of Smedjebacken's demo plan (stored at start, its forecast section kept by the
 * store beside its tables), on every database Styr supports: the figures Styr computes from the
 * plan's own tables and the review of the figures the plan states. Subclasses choose the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ForecastPageContract {
  @Autowired MockMvc http;
  @Autowired Versions versions;

  private long smedjebacken() {
    return versions.plan("2061", "omsorgsnamnden", 2025).map(PlanSummary::planId).orElseThrow();
  }

  private String page(String address) throws Exception {
    return http.perform(get(address))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static String number(long value) {
    return SwedishNumbers.format(BigDecimal.valueOf(value));
  }

  @Test
  void showsPopulationRecipientsAndPlacesComputedFromThePlansTables() throws Exception {
    String html = page("/plans/" + smedjebacken() + "/versions/1/forecast");
    assertThat(html)
        .contains("aria-current=\"page\">Behovsprognos</a>")
        .contains("Behov av hemtjänst och särskilt boende")
        .contains("<caption>Folkmängd per åldersband</caption>")
        .contains("<td class=\"num\">" + number(2364) + "</td>")
        .contains("<th scope=\"row\">Hemtjänst, 65-79 år (andel 4,46 %)</th>")
        .contains("<th scope=\"row\">Särskilt boende, 80-w år (andel 12,38 %)</th>");
    // 2 364 × 4.46 % = 105.43 → 105 in 2024, where the plan states 106
    int homeCare = html.indexOf("Hemtjänst, 65-79 år (andel 4,46 %)");
    assertThat(html.substring(homeCare, html.indexOf("</tr>", homeCare)))
        .contains("<td class=\"num\">105</td>");
    // places 2024: (34 + 111 + queue 11) / 1.34 = 116.42 → 116 against 103: 13 missing
    int shortage = html.indexOf("Platser över (+) eller som saknas (−)");
    assertThat(html.substring(shortage, html.indexOf("</tr>", shortage)))
        .contains("<td class=\"num\">" + number(-13) + "</td>")
        .contains("<td class=\"num\">" + number(-12) + "</td>");
    assertThat(html).contains("Planen anger ingen kostnad per brukare");
  }

  @Test
  void drawsEachChartWithItsNumbersAsATable() throws Exception {
    String html = page("/plans/" + smedjebacken() + "/versions/1/forecast");
    assertThat(html).contains("id=\"forecast-aldreomsorg-pop").contains("<svg");
    assertThat(html)
        .contains("<caption>Antal brukare per insats</caption>")
        .contains("<caption>Platser i Särskilt boende: behov och befintliga</caption>")
        .contains("som mest saknas");
  }

  @Test
  void reviewsThePlansStatedFiguresInPlainSwedish() throws Exception {
    String html = page("/plans/" + smedjebacken() + "/versions/1/forecast");
    assertThat(html)
        .contains(
            "14 av planens tal skiljer sig från Styrs beräkning eller saknas; 4 av dem förklaras"
                + " av avrundning.")
        .contains("<th scope=\"row\">Andel med insatser, Antal med hemtjänst</th>")
        .contains("Avrundad andel: förklarat")
        .contains("Avrundad summa: förklarat")
        .contains("Andel utan känt ursprung")
        .contains("En faktor planen inte anger")
        .contains("den tryckta andelen ger inte talet");
  }

  @Test
  void linksTheTabOnlyFromPlansWithAForecast() throws Exception {
    long planId = smedjebacken();
    assertThat(page("/plans/" + planId + "/versions/1"))
        .contains("/plans/" + planId + "/versions/1/forecast");
    long trollhattan =
        versions.plan("1488", "omsorgsnamnden", 2024).map(PlanSummary::planId).orElseThrow();
    assertThat(page("/plans/" + trollhattan + "/versions/1")).doesNotContain("/forecast\"");
    assertThat(page("/plans/" + trollhattan + "/versions/1/forecast"))
        .contains("Planen beskriver ingen behovsprognos.");
  }
}
