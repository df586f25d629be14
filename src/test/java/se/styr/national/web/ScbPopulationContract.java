package se.styr.national.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.styr.forecast.AgeBand;
import se.styr.forecast.BandService;
import se.styr.forecast.ForecastSpec;
import se.styr.forecast.PlanForecast;
import se.styr.forecast.RateChoice;
import se.styr.forecast.RowRef;
import se.styr.forecast.ScbPopulation;
import se.styr.forecast.Service;
import se.styr.forecast.StatisticsRows;
import se.styr.imports.scb.JsonStat2;
import se.styr.imports.scb.Population;
import se.styr.it.TestUsers;
import se.styr.national.KoladaStore;
import se.styr.national.ScbFetching;
import se.styr.national.ScbPopulationStore;
import se.styr.national.ScbPopulationStore.Kind;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanStore;
import se.styr.security.Grant;
import se.styr.security.UserStore;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;
import se.styr.version.Versions;

/**
 * SCB's population stored, summed into age bands and read by a needs forecast, from the constructed
 * TAB6008-shaped answer of Smedjebacken (src/test/resources/scb, invented figures) and a loopback
 * stand-in for SCB's API answering a live fetch, on every database Styr supports. No test calls
 * SCB.
 */
@SpringBootTest(properties = {"styr.demo.load=false", "spring.application.name=styr-scb-it"})
@AutoConfigureMockMvc
abstract class ScbPopulationContract {
  /** The loopback stand-in for SCB: the data queries it was asked. */
  static final List<String> ASKED = new CopyOnWriteArrayList<>();

  static final HttpServer SCB = standIn();

  @Autowired MockMvc http;
  @Autowired ScbPopulationStore store;
  @Autowired ScbFetching fetching;
  @Autowired KoladaStore kolada;
  @Autowired PlanStore plans;
  @Autowired Versions versions;
  @Autowired UserStore users;
  @Autowired PasswordEncoder encoder;

  @DynamicPropertySource
  static void scb(DynamicPropertyRegistry registry) {
    registry.add(
        "styr.scb.base-url", () -> "http://127.0.0.1:" + SCB.getAddress().getPort() + "/api/v2/");
  }

  private static String fixture(String name) {
    try {
      return Files.readString(Path.of("src/test/resources/scb", name));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpServer standIn() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/api/v2/config",
          exchange ->
              send(
                  exchange,
                  "{\"apiVersion\":\"2.2.0\",\"defaultLanguage\":\"sv\",\"maxDataCells\":150000,"
                      + "\"maxCallsPerTimeWindow\":10,\"timeWindow\":10}"));
      server.createContext(
          "/api/v2/tables/TAB6008/metadata",
          exchange -> send(exchange, fixture("forecast-metadata.json")));
      server.createContext(
          "/api/v2/tables/TAB6008/data",
          exchange -> {
            ASKED.add(
                URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8));
            send(exchange, fixture("forecast-2061.json"));
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void send(HttpExchange exchange, String answer) throws IOException {
    byte[] body = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  /** The fixture's figures as SCB's outcome of 2023 and 2024 (the same invented counts). */
  private static String outcome() {
    return fixture("forecast-2061.json")
        .replace("\"2030\"", "\"2023\"")
        .replace("\"2031\"", "\"2024\"")
        .replace("TAB6008", "TAB638");
  }

  private static Population population(String answer) {
    return Population.of(JsonStat2.dataset(answer));
  }

  @Test
  void storesAPopulationWholeAndSumsBothSexesOfABandExactlyKeepingAMissingFigureMissing() {
    long before = kolada.revision();
    int stored =
        store.save(
            population(fixture("forecast-2061.json")),
            "TAB6008",
            "SCB, fil prognos.json",
            Instant.parse("2026-12-06T10:15:00Z"));
    // 2 sexes × 4 single ages (SCB's total over all ages is not kept) × 2 years
    assertThat(stored).isEqualTo(16);
    assertThat(kolada.revision()).isGreaterThan(before);
    // 0-1 in 2030: men 48 + 51, women 45 + 47
    assertThat(store.persons("2061", Kind.FORECAST, 2030, 0, 1)).isEqualTo(191L);
    assertThat(store.persons("2061", Kind.FORECAST, 2030, 80, 80)).isEqualTo(209L);
    // 100 and over: men 1 + women 3; in 2031 SCB gives the men none: no figure, never 3
    assertThat(store.persons("2061", Kind.FORECAST, 2030, 100, null)).isEqualTo(4L);
    assertThat(store.persons("2061", Kind.FORECAST, 2031, 100, null)).isNull();
    // ages 81-99 are not stored, age 2 neither: no figure, never a partial sum
    assertThat(store.persons("2061", Kind.FORECAST, 2030, 80, null)).isNull();
    assertThat(store.persons("2061", Kind.FORECAST, 2030, 0, 2)).isNull();
    assertThat(store.persons("2061", Kind.OUTCOME, 2030, 0, 1)).isNull();
    assertThat(store.persons("2063", Kind.FORECAST, 2030, 0, 1)).isNull();
    assertThat(store.stored())
        .filteredOn(s -> s.source().equals("SCB, fil prognos.json"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.table()).isEqualTo("TAB6008");
              assertThat(s.span()).isEqualTo("2030–2031");
              assertThat(s.source()).isEqualTo("SCB, fil prognos.json");
              assertThat(s.fetchedWhen()).isEqualTo("2026-12-06 11:15");
            });

    // a new answer for the same region and years replaces the old one whole
    store.save(
        population(fixture("forecast-2061.json").replaceFirst("(\"value\": \\[\\s*)48,", "$160,")),
        "TAB6008",
        "SCB, fil ny.json",
        Instant.parse("2026-12-06T11:00:00Z"));
    assertThat(store.persons("2061", Kind.FORECAST, 2030, 0, 1)).isEqualTo(203L);
    assertThat(store.persons("2061", Kind.FORECAST, 2031, 100, null)).isNull();
  }

  @Test
  void aForecastWhoseBandTakesItsPopulationFromScbIsComputedFromTheStoredFigures() {
    Instant at = Instant.parse("2026-12-06T10:00:00Z");
    // the same invented counts as Mora's (2062), so that no other test's figures are read
    store.save(population(outcome().replace("2061", "2062")), "TAB638", "SCB, fil.json", at);
    store.save(
        population(fixture("forecast-2061.json").replace("2061", "2062")),
        "TAB6008",
        "SCB, fil.json",
        at);
    ScbPopulation scb = store.population("2062");
    assertThat(scb.years()).isEqualTo(Map.of(2023, true, 2024, true, 2030, false, 2031, false));
    var band = AgeBand.between("80", 80, 80);
    var spec =
        new ForecastSpec(
            "aldre",
            "Äldre",
            null,
            List.of(ForecastSpec.BandSource.fromScb(band)),
            List.of(
                new ForecastSpec.ServiceSource(
                    new Service("hemtjanst", "Hemtjänst"),
                    List.of(
                        new ForecastSpec.BandRate(
                            "80", new RowRef("stat", "hemtjanst"), new RateChoice.Latest())),
                    null,
                    null,
                    null)),
            null,
            List.of());
    StatisticsRows rows =
        new StatisticsRows() {
          @Override
          public boolean hasTable(String table) {
            return table.equals("stat");
          }

          @Override
          public Optional<List<YearFigure>> row(RowRef ref) {
            return Optional.of(
                List.of(
                    new YearFigure(2023, true, BigDecimal.valueOf(40)),
                    new YearFigure(2024, true, BigDecimal.valueOf(43))));
          }
        };
    PlanForecast forecast = new PlanForecast(spec, rows, scb);
    // 80 years old: men 97 + women 112 = 209 (2023 and 2030), 99 + 114 = 213 (2024 and 2031)
    assertThat(forecast.forecast().population("80", 2024)).isEqualTo(213);
    // the latest rate, 43 of 213: 209 × 43 / 213 = 42.19 → 42 in 2030, 43 in 2031
    var row = new BandService("80", "hemtjanst");
    assertThat(forecast.result().recipients(row, 2030)).isEqualTo(42);
    assertThat(forecast.result().recipients(row, 2031)).isEqualTo(43);
  }

  @Test
  void fetchesAMunicipalitysForecastFromScbOnAControllersRequest() throws Exception {
    new TestUsers(users, encoder).ensure("scb-national", Grant.administrator());
    var done =
        http.perform(
                post("/nationella-data/scb/hamta")
                    .param("table", "TAB6008")
                    .param("region", "2061")
                    .param("from", "2030")
                    .param("to", "2031")
                    .with(user("scb-national"))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    assertThat(done.getFlashMap().get("refused")).isNull();
    assertThat(((Text) done.getFlashMap().get("done")).swedish())
        .contains("TAB6008", "2061", "2030–2031");
    assertThat(ASKED)
        .anySatisfy(
            q ->
                assertThat(q)
                    .contains("valueCodes[Region]=2061")
                    .contains("valueCodes[Tid]=2030,2031"));
    assertThat(store.persons("2061", Kind.FORECAST, 2031, 80, 80)).isEqualTo(213L);
    assertThat(store.stored()).anySatisfy(s -> assertThat(s.source()).isEqualTo("SCB (127.0.0.1)"));
    String page =
        http.perform(get("/nationella-data/scb").with(user("scb-national")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("befolkningsprognos (TAB6008)").contains("SCB (127.0.0.1)");
  }

  @Test
  void aBrokenFileIsRefusedNamingItAndNothingIsStored() throws Exception {
    new TestUsers(users, encoder).ensure("scb-uploader", Grant.administrator());
    String broken = fixture("forecast-2061.json").replace("\"value\": [", "\"value\": [\"x\",");
    var refused =
        http.perform(
                multipart("/nationella-data/scb/fil")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "trasig.json",
                            "application/json",
                            broken.getBytes(StandardCharsets.UTF_8)))
                    .param("table", "TAB638")
                    .with(user("scb-uploader"))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    assertThat(((Text) refused.getFlashMap().get("refused")).swedish()).contains("trasig.json");
    assertThat(store.stored()).noneMatch(s -> s.source().contains("trasig.json"));

    // SCB's forecast uploaded as the outcome is refused: the answer names its table
    var otherTable =
        http.perform(
                multipart("/nationella-data/scb/fil")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "prognos.json",
                            "application/json",
                            fixture("forecast-2061.json").getBytes(StandardCharsets.UTF_8)))
                    .param("table", "TAB638")
                    .with(user("scb-uploader"))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    assertThat(((Text) otherTable.getFlashMap().get("refused")).swedish())
        .contains("prognos.json", "TAB6008", "inte TAB638");

    var stored =
        http.perform(
                multipart("/nationella-data/scb/fil")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "utfall.json",
                            "application/json",
                            outcome().getBytes(StandardCharsets.UTF_8)))
                    .param("table", "TAB638")
                    .with(user("scb-uploader"))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    assertThat(stored.getFlashMap().get("refused")).isNull();
    assertThat(store.persons("2061", Kind.OUTCOME, 2023, 0, 1)).isEqualTo(191L);

    // reading is open; storing is not
    http.perform(get("/nationella-data/scb")).andExpect(status().isOk());
    http.perform(
            multipart("/nationella-data/scb/fil")
                .file(new MockMultipartFile("file", "utfall.json", "application/json", new byte[1]))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
  }

  @Test
  void theForecastPageSaysWhatToFetchWhereScbsPopulationIsNotStored() throws Exception {
    new TestUsers(users, encoder).ensure("scb-reader", Grant.administrator());
    String demo = Files.readString(Path.of("demo/smedjebacken-omsorgsnamnden-2025.yaml"));
    plans.store(
        PlanFileReader.read(
            "plan.yaml",
            demo.replace(
                "{key: 80-w, from: 80, population: befolkning.pop-80}",
                "{key: 80-w, from: 80, population: scb}")),
        "test");
    long planId = versions.plan("2061", "omsorgsnamnden", 2025).orElseThrow().planId();
    String page =
        http.perform(get("/plans/" + planId + "/versions/1/forecast").with(user("scb-reader")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("SCB:s befolkning för kommun 2061 är inte lagrad för alla år")
        .contains("TAB6008");

    // SCB's figures stored for every age 80 and over and every year: 21 ages × 2 sexes × 30
    Instant at = Instant.parse("2026-12-06T12:00:00Z");
    store.save(population(answer(List.of(2020, 2021, 2022, 2023), 30)), "TAB638", "SCB", at);
    store.save(population(answer(List.of(2024, 2025, 2030, 2035, 2040), 30)), "TAB6008", "SCB", at);
    String computed = html("/plans/" + planId + "/versions/1/forecast");
    String persons = SwedishNumbers.format(BigDecimal.valueOf(1260));
    assertThat(computed)
        .doesNotContain("är inte lagrad")
        .contains("<caption>Folkmängd per åldersband</caption>");
    int band = computed.indexOf("<caption>Folkmängd per åldersband</caption>");
    assertThat(computed.substring(band, computed.indexOf("</table>", band)))
        .contains("<td class=\"num\">" + persons + "</td>");
    assertThat(html("/plans/" + planId + "/versions/1/document.html"))
        .contains("Folkmängd per åldersband")
        .contains(persons);
  }

  private String html(String address) throws Exception {
    return http.perform(get(address).with(user("scb-reader")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** An answer in SCB's shape: Smedjebacken, both sexes, ages 80-99 and 100+, {@code years}. */
  private static String answer(List<Integer> years, int each) {
    List<String> ages = new java.util.ArrayList<>();
    for (int age = 80; age < 100; age++) {
      ages.add(String.valueOf(age));
    }
    ages.add("100+");
    String ageIndex = String.join(", ", ages.stream().map(a -> "\"" + a + "\"").toList());
    String yearIndex = String.join(", ", years.stream().map(y -> "\"" + y + "\"").toList());
    int cells = 2 * ages.size() * years.size();
    String values = String.join(", ", java.util.Collections.nCopies(cells, String.valueOf(each)));
    return """
    {"version": "2.0", "class": "dataset", "id": ["Region", "Kon", "Alder", "Tid"],
     "size": [1, 2, %d, %d],
     "dimension": {
       "Region": {"label": "region", "category": {"index": ["2061"], "label": {"2061": "Smedjebacken"}}},
       "Kon": {"label": "kön", "category": {"index": ["1", "2"], "label": {"1": "män", "2": "kvinnor"}}},
       "Alder": {"label": "ålder", "category": {"index": [%s]}},
       "Tid": {"label": "år", "category": {"index": [%s]}}},
     "value": [%s]}
    """
        .formatted(ages.size(), years.size(), ageIndex, yearIndex, values);
  }
}
