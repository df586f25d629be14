package se.styr.texts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.styr.it.H2Database;
import se.styr.it.HostileInput;
import se.styr.plan.PlanStore;
import se.styr.security.Caller;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.texts.Section;
import se.styr.texts.SectionEditing;
import se.styr.version.PlanStatus;
import se.styr.version.PlanSummary;
import se.styr.version.Versions;

/**
 * The texts tab: sections rendered from Markdown, and changing one in a draft with preview, stale
 * check and audit.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TextSectionsIT {
  private static final AtomicInteger NEXT = new AtomicInteger();
  @Autowired MockMvc http;
  @Autowired UserStore users;
  @Autowired PlanStore plans;

  @Autowired Versions versions;
  @Autowired SectionEditing editing;
  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  /** Each test works on a section of its own, so that the tests share one draft without meeting. */
  private static final String[] SECTIONS = {
    "ansvarsomrade",
    "driftsammandrag-kommentar",
    "investeringar-kommentar",
    "ramforandringar",
    "vision"
  };

  private PlanSummary trollhattan() {
    return versions.plan("1488", "omsorgsnamnden", 2024).orElseThrow();
  }

  private int draft() {
    long planId = trollhattan().planId();
    return versions.versions(planId).stream()
        .filter(v -> v.status() == PlanStatus.DRAFT)
        .findFirst()
        .map(v -> v.number())
        .orElseGet(() -> plans.revise(planId, 1, "test").number());
  }

  private String person(Role role) {
    String username = role.name().toLowerCase() + "-" + NEXT.incrementAndGet();
    long id = users.create(username, "Person " + username, null, false);
    users.grant(id, Grant.of(role, "1488", trollhattan().committeeId()));
    return username;
  }

  private String stored(int number, String key) {
    long versionId = versions.version(trollhattan().planId(), number).orElseThrow().versionId();
    return jdbc.sql(
            "select body from content_block where plan_version_id = ? and block_key = ? and"
                + " block_type = 'SECTION'")
        .params(versionId, key)
        .query(String.class)
        .optional()
        .orElse("");
  }

  private String texts(int number) {
    return "/plans/" + trollhattan().planId() + "/versions/" + number + "/texts";
  }

  private MvcResult save(String username, int number, String key, String text, String expected)
      throws Exception {
    return http.perform(
            post(texts(number) + "/" + key)
                .with(user(username))
                .with(csrf())
                .param("text", text)
                .param("expected", expected))
        .andReturn();
  }

  @Test
  void showsADecidedVersionsSectionsToThePublicWithoutEditControls() throws Exception {
    String page =
        http.perform(get(texts(1)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains(
            "<h2>Nämndens ansvarsområde</h2>",
            "<p>Nämnden ansvarar för stöd till äldre",
            "aria-current=\"page\">Texter</a>")
        .doesNotContain("/edit\"");
  }

  @Test
  void aDraftsTextsDoNotExistForThePublic() throws Exception {
    int draft = draft();
    http.perform(get(texts(draft))).andExpect(status().isNotFound());
    http.perform(get(texts(draft) + "/ansvarsomrade/edit")).andExpect(status().isNotFound());
  }

  @Test
  void aControllerChangesASectionAndTheChangeIsAudited() throws Exception {
    int draft = draft();
    String controller = person(Role.CONTROLLER);
    String key = SECTIONS[0];
    String before = stored(draft, key);
    String list =
        http.perform(get(texts(draft)).with(user(controller)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list).contains("href=\"" + texts(draft) + "/" + key + "/edit\"");
    String form =
        http.perform(get(texts(draft) + "/" + key + "/edit").with(user(controller)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(form)
        .contains(
            "<label for=\"text\">Nämndens ansvarsområde</label>",
            "<textarea id=\"text\" name=\"text\"",
            "name=\"expected\"",
            "aria-live=\"polite\"",
            "Förhandsgranska");

    String changed = "Nämnden ansvarar för **allt**.\r\n\r\nSärskilt för äldre.";
    MvcResult saved = save(controller, draft, key, changed, before.replace("\n", "\r\n"));
    assertThat(saved.getResponse().getStatus()).isEqualTo(302);
    assertThat(saved.getResponse().getRedirectedUrl())
        .isEqualTo(texts(draft) + "?sparad=" + key + "#s-" + key);
    assertThat(stored(draft, key))
        .isEqualTo("Nämnden ansvarar för **allt**.\n\nSärskilt för äldre.");

    var entry =
        jdbc.sql(
                "select actor, version_number, subject, old_value, new_value from audit_entry where"
                    + " action = 'TEXT_CHANGED' and subject = ?")
            .param("Nämndens ansvarsområde")
            .query()
            .singleRow();
    assertThat(entry)
        .containsEntry("actor", controller)
        .containsEntry("version_number", draft)
        .containsEntry("old_value", before)
        .containsEntry("new_value", "Nämnden ansvarar för **allt**.\n\nSärskilt för äldre.");
    String page =
        http.perform(get(texts(draft)).param("sparad", key).with(user(controller)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains(
            "role=\"status\"",
            "Texten ”Nämndens ansvarsområde” är sparad.",
            "<p>Nämnden ansvarar för <strong>allt</strong>.</p>");
  }

  @Test
  void aReaderCannotChangeASection() throws Exception {
    int draft = draft();
    String reader = person(Role.READER);
    String key = SECTIONS[1];
    String before = stored(draft, key);
    assertThat(
            http.perform(get(texts(draft)).with(user(reader)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain("/edit\"");
    http.perform(get(texts(draft) + "/" + key + "/edit").with(user(reader)))
        .andExpect(status().isForbidden());
    assertThat(save(reader, draft, key, "Läsarens text", before).getResponse().getStatus())
        .isEqualTo(403);
    http.perform(
            post(texts(draft) + "/" + key + "/preview")
                .with(user(reader))
                .with(csrf())
                .param("text", "x"))
        .andExpect(status().isForbidden());
    assertThat(stored(draft, key)).isEqualTo(before);
    Caller asReader =
        new Caller(reader, "Läsare", users.grants(users.byUsername(reader).orElseThrow().id()));
    assertThatThrownBy(
            () -> editing.changeSection(trollhattan().planId(), draft, key, "x", before, asReader))
        .isInstanceOfSatisfying(
            StyrException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
  }

  @Test
  void aDecidedVersionsSectionsCannotBeChanged() throws Exception {
    String controller = person(Role.CONTROLLER);
    String before = stored(1, SECTIONS[0]);
    http.perform(get(texts(1) + "/" + SECTIONS[0] + "/edit").with(user(controller)))
        .andExpect(status().isConflict());
    assertThat(save(controller, 1, SECTIONS[0], "Ny", before).getResponse().getStatus())
        .isEqualTo(409);
    assertThat(stored(1, SECTIONS[0])).isEqualTo(before);
  }

  @Test
  void refusesAStaleEditSayingWhoChangedItAndKeepsThePersonsText() throws Exception {
    int draft = draft();
    String first = person(Role.CONTROLLER);
    String second = person(Role.CONTROLLER);
    String key = SECTIONS[2];
    String original = stored(draft, key);
    assertThat(save(first, draft, key, "Den förstas text.", original).getResponse().getStatus())
        .isEqualTo(302);

    MvcResult stale =
        save(second, draft, key, "Den andras text, skriven från originalet.", original);
    assertThat(stale.getResponse().getStatus()).isEqualTo(409);
    String page = stale.getResponse().getContentAsString();
    assertThat(page)
        .contains(
            "role=\"alert\"",
            first + " ändrade texten",
            ">Den andras text, skriven från originalet.</textarea>",
            "name=\"expected\" value=\"Den förstas text.\"",
            "<p>Den förstas text.</p>");
    assertThat(stored(draft, key)).isEqualTo("Den förstas text.");

    assertThat(
            save(
                    second,
                    draft,
                    key,
                    "Den andras text, efter att ha sett den förstas.",
                    "Den förstas text.")
                .getResponse()
                .getStatus())
        .isEqualTo(302);
    assertThat(stored(draft, key)).isEqualTo("Den andras text, efter att ha sett den förstas.");
  }

  @Test
  void previewsMarkdownForHtmxAsAFragmentAndWithoutJavaScriptAsThePage() throws Exception {
    int draft = draft();
    String controller = person(Role.CONTROLLER);
    String key = SECTIONS[3];
    String fragment =
        http.perform(
                post(texts(draft) + "/" + key + "/preview")
                    .with(user(controller))
                    .with(csrf())
                    .header("HX-Request", "true")
                    .param("text", "Det *viktiga*")
                    .param("expected", stored(draft, key)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(fragment)
        .contains("<p>Det <em>viktiga</em></p>")
        .doesNotContain("<html", "<textarea");

    String page =
        http.perform(
                post(texts(draft) + "/" + key + "/preview")
                    .with(user(controller))
                    .with(csrf())
                    .param("text", "Det *viktiga*")
                    .param("expected", stored(draft, key)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("<html", ">Det *viktiga*</textarea>", "<p>Det <em>viktiga</em></p>");
    assertThat(stored(draft, key)).doesNotContain("viktiga");
  }

  @Test
  void refusesATextLongerThanTheLimitWithAClearMessage() throws Exception {
    int draft = draft();
    String controller = person(Role.CONTROLLER);
    String key = SECTIONS[4];
    String before = stored(draft, key);
    MvcResult result =
        save(controller, draft, key, "a".repeat(SectionEditing.MAX_SECTION_LENGTH + 1), before);
    assertThat(result.getResponse().getStatus()).isEqualTo(422);
    assertThat(result.getResponse().getContentAsString())
        .contains("role=\"alert\"", "högst 200 000 tecken", "har 200 001 tecken");
    assertThat(stored(draft, key)).isEqualTo(before);
  }

  @Test
  void rendersHostileSectionTextInertEverywhere() throws Exception {
    int draft = draft();
    String controller = person(Role.CONTROLLER);
    String key = "ramforandringar";
    String hostile = String.join("\n\n", HostileInput.all());
    String before = stored(draft, key);
    assertThat(save(controller, draft, key, hostile, before).getResponse().getStatus())
        .isEqualTo(302);

    String list =
        http.perform(get(texts(draft)).with(user(controller)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    HostileInput.assertInert(list);
    assertThat(list)
        .contains(
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "klicka här",
            "X{{7*7}}Y",
            "X[[${7*7}]]Y",
            "X__${7*7}__Y")
        .doesNotContain("javascript:");
    String edit =
        http.perform(get(texts(draft) + "/" + key + "/edit").with(user(controller)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    HostileInput.assertInert(edit);
    String preview =
        http.perform(
                post(texts(draft) + "/" + key + "/preview")
                    .with(user(controller))
                    .with(csrf())
                    .header("HX-Request", "true")
                    .param("text", hostile))
            .andReturn()
            .getResponse()
            .getContentAsString();
    HostileInput.assertInert(preview);
    assertThat(preview).doesNotContain("javascript:");
    String stale =
        save(controller, draft, key, hostile, "not what is stored")
            .getResponse()
            .getContentAsString();
    HostileInput.assertInert(stale);
    String audit =
        http.perform(
                get("/plans/" + trollhattan().planId() + "/versions/" + draft + "/audit")
                    .with(user(controller)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    HostileInput.assertInert(audit);
    assertThat(audit).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    Section section =
        plans
            .load(versions.version(trollhattan().planId(), draft).orElseThrow().versionId())
            .sections()
            .stream()
            .filter(s -> s.key().equals(key))
            .findFirst()
            .orElseThrow();
    assertThat(section.text()).isEqualTo(hostile);
  }
}
