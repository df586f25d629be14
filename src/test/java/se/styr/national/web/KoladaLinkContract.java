package se.styr.national.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import se.styr.goals.GoalWriter;
import se.styr.goals.Indicator;
import se.styr.goals.IndicatorValue;
import se.styr.goals.Quantity;
import se.styr.it.TestUsers;
import se.styr.national.KoladaFetching;
import se.styr.national.KoladaStore;
import se.styr.plan.PartAddress;
import se.styr.plan.PartEditing;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanStore;
import se.styr.security.Caller;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;
import se.styr.version.PlanSummary;
import se.styr.version.Versions;

/**
 * A user links an indicator of Smedjebacken's plan to a Kolada KPI and sees its values and rank
 * fill from recorded answers (Styr's demo data in Kolada's shape, and a loopback stand-in for
 * Kolada's API answering a live fetch), on every database Styr supports. No test calls Kolada.
 */
@SpringBootTest(properties = {"styr.demo.load=false", "spring.application.name=styr-kolada-it"})
@AutoConfigureMockMvc
abstract class KoladaLinkContract {
  /** The loopback stand-in for Kolada: what it was asked, and the one answer it gives. */
  static final List<String> ASKED = new CopyOnWriteArrayList<>();

  static final HttpServer KOLADA = standIn();

  @Autowired MockMvc http;
  @Autowired PlanStore plans;
  @Autowired Versions versions;
  @Autowired UserStore users;
  @Autowired PasswordEncoder encoder;
  @Autowired PartEditing parts;
  @Autowired KoladaFetching fetching;
  @Autowired KoladaStore store;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @Autowired org.springframework.jdbc.core.JdbcTemplate batch;
  @Autowired org.springframework.transaction.support.TransactionOperations transactions;

  @DynamicPropertySource
  static void kolada(DynamicPropertyRegistry registry) {
    registry.add(
        "styr.kolada.base-url", () -> "http://127.0.0.1:" + KOLADA.getAddress().getPort() + "/v3/");
  }

  private static HttpServer standIn() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/v3/",
          exchange -> {
            ASKED.add(exchange.getRequestURI().toString());
            byte[] body =
                """
                {"count": 2, "values": [
                  {"kpi": "U99905", "municipality": "2061", "period": 2025,
                   "values": [{"gender": "T", "count": 1, "status": "", "value": 41.5, "isdeleted": false}]},
                  {"kpi": "U99905", "municipality": "1904", "period": 2025,
                   "values": [{"gender": "T", "count": 1, "status": "", "value": 47.0, "isdeleted": false}]}
                ], "next_url": null, "previous_url": null}
                """
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void recordedAnswers() throws IOException {
    for (String file : List.of("municipalities.json", "groups.json", "kpis.json", "data.json")) {
      fetching.importAnswer(
          Files.readString(Path.of("demo/kolada", file)), KoladaFetching.DEMO_SOURCE);
    }
  }

  /** Smedjebacken's plan with a draft to link in; the draft's number. */
  private PlanSummary smedjebacken() throws IOException {
    if (versions.plan("2061", "omsorgsnamnden", 2025).isEmpty()) {
      plans.store(
          PlanFileReader.read(Path.of("demo/smedjebacken-omsorgsnamnden-2025.yaml")), "test");
    }
    return versions.plan("2061", "omsorgsnamnden", 2025).orElseThrow();
  }

  /** The plan's draft: the one there is, else a revision of the decided version. */
  private int draft(PlanSummary plan) {
    return versions.versions(plan.planId()).stream()
        .filter(v -> v.status() == se.styr.version.PlanStatus.DRAFT)
        .map(se.styr.version.VersionSummary::number)
        .findFirst()
        .orElseGet(() -> plans.revise(plan.planId(), 1, "test").number());
  }

  private Indicator ensamhet(long versionId) {
    return plans.load(versionId).goals().indicators().stream()
        .filter(i -> i.key().equals("ensamhet"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aUserLinksAnIndicatorToAKpiAndSeesItsValuesAndRankFillAndItsRelativeTargetAssessed()
      throws Exception {
    recordedAnswers();
    PlanSummary plan = smedjebacken();
    int draft = draft(plan);
    long draftId = versions.version(plan.planId(), draft).orElseThrow().versionId();
    new TestUsers(users, encoder)
        .ensure("kolada-controller", Grant.of(Role.CONTROLLER, "2061", plan.committeeId()));
    String page = "/plans/" + plan.planId() + "/versions/" + draft + "/indicators/ensamhet/kolada";

    // a person entered 2023's value before: filling keeps it unless asked
    Caller controller =
        new Caller(
            "kolada-controller",
            "Controller",
            List.of(Grant.of(Role.CONTROLLER, "2061", plan.committeeId())));
    parts.replace(
        plan.planId(),
        draft,
        PartAddress.parse("indicators/ensamhet"),
        "part.audit.saved",
        p ->
            GoalWriter.indicator(
                ensamhet(draftId)
                    .withValues(
                        List.of(
                            new IndicatorValue(
                                "2023",
                                null,
                                new Quantity.Amount(new java.math.BigDecimal("12.5")),
                                false,
                                null,
                                null)))),
        controller);

    // found in the catalogue by name, linked
    http.perform(get(page).param("q", "ensamhet").with(user("kolada-controller")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("U99905")))
        .andExpect(content().string(containsString("Liknande kommuner äldreomsorg")));
    http.perform(
            post(page + "/link")
                .param("kpi", "U99905")
                .param("compare", "all")
                .with(user("kolada-controller"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(
            http.perform(get(page).with(user("kolada-controller")))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain("Det gick inte");
    assertThat(ensamhet(draftId).source().kpi()).isEqualTo("U99905");

    // what filling would do: five years added, the entered 2023 value in conflict
    http.perform(get(page).with(user("kolada-controller")))
        .andExpect(content().string(containsString("läggs till")))
        .andExpect(content().string(containsString("inmatat värde skiljer sig")))
        .andExpect(content().string(containsString(KoladaFetching.DEMO_SOURCE)));
    String afterFill =
        http.perform(post(page + "/fill").with(user("kolada-controller")).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getFlashMap()
            .toString();
    assertThat(afterFill).doesNotContain("refused");
    Indicator filled = ensamhet(draftId);
    assertThat(filled.valueFor(2023).orElseThrow().entered()).isTrue();
    assertThat(filled.valueFor(2023).orElseThrow().value().text()).isEqualTo("12.5");
    IndicatorValue of2024 = filled.valueFor(2024).orElseThrow();
    assertThat(of2024.fetched().source()).isEqualTo(KoladaFetching.DEMO_SOURCE);
    assertThat(of2024.of()).isBetween(280, 290);
    assertThat(of2024.rank()).isNotNull();

    // asked to overwrite 2023: Kolada's value replaces the entered one
    http.perform(
            post(page + "/fill")
                .param("overwrite", "2023")
                .with(user("kolada-controller"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(ensamhet(draftId).valueFor(2023).orElseThrow().entered()).isFalse();

    // the relative target for 2024 is assessed, naming the rank and the quartile's bounds
    http.perform(get(page).with(user("kolada-controller")))
        .andExpect(content().string(containsString("de 25 % bästa är plats 1–")))
        .andExpect(content().string(containsString("värden upp till")))
        .andExpect(content().string(containsString("bland alla kommuner")));
    http.perform(
            get("/plans/" + plan.planId() + "/versions/" + draft + "/goals")
                .param("year", "2024")
                .with(user("kolada-controller")))
        .andExpect(content().string(containsString("hämtat från " + KoladaFetching.DEMO_SOURCE)))
        .andExpect(content().string(containsString("de 25 % bästa är plats 1–")))
        .andExpect(content().string(not(containsString("inga jämförelsevärden för U99905"))));

    // the fetched comparison data never goes into the plan file
    PlanDocument reread = plans.load(draftId);
    assertThat(se.styr.plan.PlanFileWriter.write(reread)).doesNotContain("comparisons:");

    // ranked among a Kolada group instead: ten municipalities
    http.perform(
            post(page + "/link")
                .param("kpi", "U99905")
                .param("compare", "G900061")
                .with(user("kolada-controller"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    http.perform(get(page).with(user("kolada-controller")))
        .andExpect(content().string(containsString("av 10")))
        .andExpect(content().string(containsString("bland Liknande kommuner äldreomsorg")));
  }

  @Test
  void koladaIsAskedOnlyWhenAUserAsksAndWhatItAnswersIsStoredWithItsSource() throws Exception {
    PlanSummary plan = smedjebacken();
    int draft = draft(plan);
    long draftId = versions.version(plan.planId(), draft).orElseThrow().versionId();
    new TestUsers(users, encoder)
        .ensure("kolada-fetcher", Grant.of(Role.CONTROLLER, "2061", plan.committeeId()));
    String page = "/plans/" + plan.planId() + "/versions/" + draft + "/indicators/ensamhet/kolada";
    http.perform(
            post(page + "/link").param("kpi", "U99905").with(user("kolada-fetcher")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    int before = ASKED.size();
    http.perform(get(page).with(user("kolada-fetcher"))).andExpect(status().isOk());
    assertThat(ASKED).hasSize(before);

    http.perform(post(page + "/fetch").with(user("kolada-fetcher")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(ASKED.subList(before, ASKED.size()))
        .singleElement()
        .satisfies(
            asked ->
                assertThat(asked)
                    .startsWith("/v3/data/kpi/U99905/year/2024,2025,2026,2027,2028,2029")
                    .contains("per_page=5000"));
    http.perform(get(page).with(user("kolada-fetcher")))
        .andExpect(content().string(containsString("Kolada (127.0.0.1)")))
        .andExpect(content().string(containsString("41,5")));
    assertThat(ensamhet(draftId).valueFor(2025)).isEmpty();

    // asked again: only what changed since the last fetch
    http.perform(post(page + "/fetch").with(user("kolada-fetcher")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(ASKED.get(ASKED.size() - 1))
        .contains("from_date=" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")));
  }

  @Test
  void aSaveThroughOneNodeChangesTheRevisionEveryNodeReads() throws Exception {
    KoladaStore otherNode = new KoladaStore(jdbc, batch, transactions);
    long before = otherNode.revision();
    fetching.importAnswer(
        Files.readString(Path.of("demo/kolada/groups.json")), KoladaFetching.DEMO_SOURCE);
    assertThat(otherNode.revision()).isGreaterThan(before);
    assertThat(store.revision()).isEqualTo(otherNode.revision());
  }

  @Test
  void aControllerStoresAnAnswerOfKoladasSavedAsAFileAndABrokenOneIsRefusedNamingIt()
      throws Exception {
    new TestUsers(users, encoder).ensure("kolada-national", Grant.of(Role.CONTROLLER, "2061"));
    byte[] answer = Files.readAllBytes(Path.of("src/test/resources/kolada/data-incremental.json"));
    var stored =
        http.perform(
                multipart("/nationella-data/kolada/fil")
                    .file(new MockMultipartFile("file", "svar.json", "application/json", answer))
                    .with(user("kolada-national"))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    assertThat(stored.getFlashMap().get("done")).isNotNull();
    assertThat(store.series("U23471", "2061", null, "K"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.value()).isEqualByComparingTo("90.1");
              assertThat(v.fetched().source()).isEqualTo("Kolada, fil svar.json");
            });
    // the row Kolada withdrew is not stored
    assertThat(store.series("U23471", "2061", null, "T"))
        .extracting(KoladaStore.Stored::year)
        .containsExactly(2023);

    var refused =
        http.perform(
                multipart("/nationella-data/kolada/fil")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "trasig.json",
                            "application/json",
                            "{\"values\": [{\"kpi\": \"U23471\", \"period\": 2023}]}"
                                .getBytes(StandardCharsets.UTF_8)))
                    .with(user("kolada-national"))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    assertThat(refused.getFlashMap().get("refused").toString())
        .contains("trasig.json")
        .contains("values[0]");

    // reading is open; storing is not
    http.perform(get("/nationella-data/kolada").param("q", "U99905")).andExpect(status().isOk());
    http.perform(
            multipart("/nationella-data/kolada/fil")
                .file(new MockMultipartFile("file", "svar.json", "application/json", answer))
                .with(csrf()))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                .string("Location", containsString("/login")));
  }
}
