package se.styr.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import se.styr.budget.BudgetTable;
import se.styr.budget.Cell;
import se.styr.budget.ColumnType;
import se.styr.budget.RowRole;
import se.styr.budget.TableColumn;
import se.styr.budget.TableKind;
import se.styr.budget.TableRow;
import se.styr.goals.AssessmentSettings;
import se.styr.goals.Goal;
import se.styr.goals.GoalPlan;
import se.styr.it.TestUsers;
import se.styr.organisation.Committee;
import se.styr.organisation.OperationalArea;
import se.styr.plan.Block;
import se.styr.plan.CouncilGoals;
import se.styr.plan.PartAddress;
import se.styr.plan.PartEditing;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.plan.PlanStore;
import se.styr.security.Caller;
import se.styr.security.Grant;
import se.styr.security.Role;
import se.styr.security.UserStore;
import se.styr.version.PlanHeader;
import se.styr.version.PlanStatus;
import se.styr.version.PlanSummary;
import se.styr.version.VersionInfo;
import se.styr.version.Versions;

/**
 * The council's goals and frame written once in the council's plan and followed by a committee's
 * draft, on every database Styr supports: the draft shows the council's goals as they change, may
 * not change them itself, shows its frame; once decided it keeps the goals it was decided with and
 * names the council plan version. Subclasses choose the database.
 */
@SpringBootTest(properties = {"styr.demo.load=false", "spring.application.name=styr-council-it"})
@AutoConfigureMockMvc
abstract class CouncilGoalsContract {
  @Autowired MockMvc http;
  @Autowired PlanStore plans;
  @Autowired Versions versions;
  @Autowired UserStore users;
  @Autowired PasswordEncoder encoder;
  @Autowired PartEditing parts;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  /** Ale's council plan of 2024: the direction goals and council goals of Ale's plan, one frame. */
  private PlanSummary council(PlanDocument ale) {
    return versions
        .plan("1440", CouncilGoals.COUNCIL_KEY, 2024)
        .orElseGet(
            () -> {
              List<Goal> goals =
                  ale.goals().goals().stream()
                      .filter(g -> List.of("riktningsmal", "kf-mal").contains(g.level()))
                      .toList();
              GoalPlan councilGoals =
                  GoalPlan.ofGoals(
                      ale.goals().goalLevels().subList(0, 2),
                      List.of(),
                      AssessmentSettings.NONE,
                      goals);
              BudgetTable frames =
                  new BudgetTable(
                      "ramar",
                      TableKind.FRAME_DISTRIBUTION,
                      "Nämndernas ramar 2024",
                      "mnkr",
                      true,
                      List.of(TableColumn.of("budget2024", "Budget 2024", ColumnType.BUDGET, 2024)),
                      List.of(
                          new TableRow(
                              "socialnamnden",
                              "Socialnämnden",
                              RowRole.ITEM,
                              "socialnamnden",
                              null,
                              null,
                              null,
                              null,
                              null,
                              null,
                              List.of(Cell.of(new BigDecimal("1234.5"))),
                              null)),
                      List.of(),
                      true,
                      null);
              PlanDocument plan =
                  new PlanDocument(
                      ale.municipality(),
                      new Committee(CouncilGoals.COUNCIL_KEY, "Kommunfullmäktige"),
                      new PlanHeader(
                          "Mål och budget 2024", ale.header().period(), null, null, null),
                      new VersionInfo(1, PlanStatus.DRAFT, List.of()),
                      List.of(
                          new OperationalArea(
                              "socialnamnden",
                              "Socialnämnden",
                              null,
                              false,
                              null,
                              null,
                              List.of())),
                      List.of(new Block.Table(frames)),
                      List.of(),
                      councilGoals,
                      null,
                      null);
              plans.store(plan, "test");
              return versions.plan("1440", CouncilGoals.COUNCIL_KEY, 2024).orElseThrow();
            });
  }

  @Test
  void aCommitteesDraftFollowsTheCouncilsGoalsUntilDecidedAndShowsItsFrame() throws Exception {
    if (versions.plan("1440", "socialnamnden", 2024).isEmpty()) {
      plans.store(PlanFileReader.read(Path.of("demo/ale-socialnamnden-2024.yaml")), "test");
    }
    PlanSummary ale = versions.plan("1440", "socialnamnden", 2024).orElseThrow();
    PlanDocument decided = plans.load(versions.version(ale.planId(), 1).orElseThrow().versionId());
    PlanSummary council = council(decided);
    int draft = plans.revise(ale.planId(), 1, "test").number();
    long draftId = versions.version(ale.planId(), draft).orElseThrow().versionId();
    TestUsers accounts = new TestUsers(users, encoder);
    accounts.ensure("council-municipal", Grant.of(Role.CONTROLLER, "1440"));
    accounts.ensure("council-committee", Grant.of(Role.CONTROLLER, "1440", ale.committeeId()));
    String history = "/plans/" + ale.planId() + "/versions/" + draft + "/history";

    // an imported plan keeps its own council goals until asked to follow
    http.perform(get(history).with(user("council-committee")))
        .andExpect(content().string(containsString("Kommunfullmäktige har en plan för 2024")));
    http.perform(
            post("/plans/" + ale.planId() + "/versions/" + draft + "/council")
                .param("follow", "true")
                .with(user("council-committee"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    http.perform(get(history).with(user("council-committee")))
        .andExpect(content().string(containsString("följer kommunfullmäktiges plan för 2024")))
        .andExpect(content().string(containsString("Nämndens ram 2024: 1 234,5 mnkr")));
    assertThat(plans.followsCouncil(draftId)).isTrue();

    // following is a change of the draft: in the log, and undone from there
    long followed = lastEntry(ale.planId(), se.styr.plan.PlanStore.COUNCIL_FOLLOWING);
    http.perform(
            post("/plans/" + ale.planId() + "/versions/" + draft + "/audit/" + followed + "/undo")
                .with(user("council-committee"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(plans.followsCouncil(draftId)).isFalse();
    http.perform(
            post("/plans/" + ale.planId() + "/versions/" + draft + "/council")
                .param("follow", "true")
                .with(user("council-committee"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    // the council's plan lists the drafts that follow it
    http.perform(
            get("/plans/" + council.planId() + "/versions/1/history")
                .with(user("council-municipal")))
        .andExpect(content().string(containsString("Nämndernas utkast som följer")))
        .andExpect(content().string(containsString("visar målen som de är nu")));

    // the council changes a goal once: the committee's draft shows it
    Caller municipal =
        new Caller("council-municipal", "Kommun", List.of(Grant.of(Role.CONTROLLER, "1440")));
    Map<String, String> typed =
        new java.util.HashMap<>(
            Map.of("level", "kf-mal", "title", "Hållbar kompetensförsörjning i hela kommunen"));
    parts.save(
        council.planId(),
        1,
        PartAddress.parse("goals/kompetensforsorjning"),
        typed,
        null,
        municipal);
    assertThat(title(plans.load(draftId), "kompetensforsorjning"))
        .isEqualTo("Hållbar kompetensförsörjning i hela kommunen");

    // the committee does not change the council's goals in its own draft
    http.perform(
            post("/plans/"
                    + ale.planId()
                    + "/versions/"
                    + draft
                    + "/parts/goals/kompetensforsorjning")
                .param("level", "kf-mal")
                .param("title", "Egen titel")
                .param("basis", basis(plans.load(draftId), "goals/kompetensforsorjning"))
                .with(user("council-committee"))
                .with(csrf()))
        .andExpect(status().isForbidden());

    // decided: it keeps the goals it showed and names the council plan version
    http.perform(
            post("/plans/" + ale.planId() + "/versions/" + draft + "/decision")
                .param("date", "2024-02-01")
                .param("body", "Socialnämnden")
                .with(user("council-committee"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    typed.put("title", "Ett senare namn");
    parts.save(
        council.planId(),
        1,
        PartAddress.parse("goals/kompetensforsorjning"),
        typed,
        null,
        municipal);
    assertThat(title(plans.load(draftId), "kompetensforsorjning"))
        .isEqualTo("Hållbar kompetensförsörjning i hela kommunen");
    http.perform(get(history).with(user("council-committee")))
        .andExpect(
            content()
                .string(containsString("beslutades med kommunfullmäktiges mål enligt version 1")));
    // its revision follows the council's goals as they are now
    int revision = plans.revise(ale.planId(), draft, "test").number();
    long revisionId = versions.version(ale.planId(), revision).orElseThrow().versionId();
    assertThat(plans.followsCouncil(revisionId)).isTrue();
    assertThat(title(plans.load(revisionId), "kompetensforsorjning")).isEqualTo("Ett senare namn");
  }

  private long lastEntry(long planId, String action) {
    return jdbc.sql("select max(id) from audit_entry where plan_id = ? and action = ?")
        .params(planId, action)
        .query(Long.class)
        .single();
  }

  private static String basis(PlanDocument plan, String address) {
    PartAddress at = PartAddress.parse(address);
    se.styr.plan.PartTree tree =
        new se.styr.plan.PartTree(
            se.styr.shared.yaml.YamlFile.tree("plan", se.styr.plan.PartEdits.document(plan, at)));
    return se.styr.plan.PartEdits.basis(se.styr.plan.PartTree.text(tree.find(at).item()));
  }

  private static String title(PlanDocument plan, String goal) {
    return plan.goals().goals().stream()
        .filter(g -> g.key().equals(goal))
        .map(Goal::title)
        .findFirst()
        .orElseThrow();
  }
}
