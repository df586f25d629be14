package se.styr.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule of who may read and change what: the public reads decided versions only; a grant opens
 * its municipality or committee and nothing else; an editor changes only its area or goal.
 */
class CallerTest {
  private static final boolean DRAFT = false;
  private static final boolean DECIDED = true;

  /** Two committees of Trollhättan and one of Ale. */
  private static final PlanScope OMSORG = new PlanScope("1488", 1);

  private static final PlanScope SOCIAL = new PlanScope("1488", 2);
  private static final PlanScope ALE = new PlanScope("1440", 3);

  private static Caller caller(Grant... grants) {
    return new Caller("anna", "Anna Andersson", List.of(grants));
  }

  @Test
  void thePublicReadsDecidedVersionsOnly() {
    Caller publik = Caller.anonymous();
    assertThat(publik.isAnonymous()).isTrue();
    assertThat(publik.canRead(OMSORG, DECIDED)).isTrue();
    assertThat(publik.canRead(ALE, DECIDED)).isTrue();
    assertThat(publik.canRead(OMSORG, DRAFT)).isFalse();
  }

  @Test
  void thePublicChangesNothing() {
    Caller publik = Caller.anonymous();
    assertThat(publik.canManage(OMSORG)).isFalse();
    assertThat(publik.canChangeArea(OMSORG, "sabo")).isFalse();
    assertThat(publik.canChangeArea(OMSORG, null)).isFalse();
    assertThat(publik.canChangeGoal(OMSORG, "nm1")).isFalse();
    assertThat(publik.canEditSomething(OMSORG)).isFalse();
    assertThat(publik.isAdministrator()).isFalse();
    assertThat(publik.administers("1488")).isFalse();
  }

  @Test
  void thePublicIsRecordedAsAnonymousAndHoldsNoGrants() {
    assertThat(Caller.anonymous().actor()).isEqualTo("anonym");
    assertThatThrownBy(() -> new Caller(null, "x", List.of(Grant.administrator())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the public holds no grants");
  }

  @Test
  void aSignedInCallerIsRecordedByUsername() {
    Caller anna = caller();
    assertThat(anna.isAnonymous()).isFalse();
    assertThat(anna.actor()).isEqualTo("anna");
  }

  @Test
  void aCallerWithoutGrantsIsLikeThePublic() {
    Caller anna = caller();
    assertThat(anna.canRead(OMSORG, DECIDED)).isTrue();
    assertThat(anna.canRead(OMSORG, DRAFT)).isFalse();
    assertThat(anna.canManage(OMSORG)).isFalse();
    assertThat(anna.canEditSomething(OMSORG)).isFalse();
  }

  @Test
  void keepsItsGrantsWhateverHappensToTheListItWasGiven() {
    List<Grant> grants = new ArrayList<>(List.of(Grant.of(Role.READER, "1488", 1)));
    Caller anna = new Caller("anna", "Anna", grants);
    grants.add(Grant.administrator());
    assertThat(anna.grants()).containsExactly(Grant.of(Role.READER, "1488", 1));
    assertThatThrownBy(() -> anna.grants().add(Grant.administrator()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void needsADisplayName() {
    assertThatThrownBy(() -> new Caller("anna", null, List.of()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aCommitteeReaderReadsItsCommitteesDraftsAndChangesNothing() {
    Caller reader = caller(Grant.of(Role.READER, "1488", 1));
    assertThat(reader.canRead(OMSORG, DRAFT)).isTrue();
    assertThat(reader.canRead(SOCIAL, DRAFT)).isFalse();
    assertThat(reader.canRead(ALE, DRAFT)).isFalse();
    assertThat(reader.canManage(OMSORG)).isFalse();
    assertThat(reader.canChangeArea(OMSORG, "sabo")).isFalse();
    assertThat(reader.canChangeGoal(OMSORG, "nm1")).isFalse();
    assertThat(reader.canEditSomething(OMSORG)).isFalse();
  }

  @Test
  void aMunicipalityReaderReadsTheDraftsOfEveryCommitteeOfItsMunicipalityOnly() {
    Caller reader = caller(Grant.of(Role.READER, "1488"));
    assertThat(reader.canRead(OMSORG, DRAFT)).isTrue();
    assertThat(reader.canRead(SOCIAL, DRAFT)).isTrue();
    assertThat(reader.canRead(ALE, DRAFT)).isFalse();
    assertThat(reader.canManage(SOCIAL)).isFalse();
  }

  @Test
  void aCommitteeControllerManagesItsCommitteeOnly() {
    Caller controller = caller(Grant.of(Role.CONTROLLER, "1488", 1));
    assertThat(controller.canRead(OMSORG, DRAFT)).isTrue();
    assertThat(controller.canManage(OMSORG)).isTrue();
    assertThat(controller.canManage(SOCIAL)).isFalse();
    assertThat(controller.canManage(ALE)).isFalse();
    assertThat(controller.canRead(SOCIAL, DRAFT)).isFalse();
  }

  @Test
  void aControllerChangesEveryRowAndGoalOfItsCommittee() {
    Caller controller = caller(Grant.of(Role.CONTROLLER, "1488", 1));
    assertThat(controller.canChangeArea(OMSORG, "sabo")).isTrue();
    assertThat(controller.canChangeArea(OMSORG, "hemtjanst")).isTrue();
    assertThat(controller.canChangeArea(OMSORG, null))
        .as("rows of no area, such as totals")
        .isTrue();
    assertThat(controller.canChangeGoal(OMSORG, "nm1")).isTrue();
    assertThat(controller.canChangeGoal(OMSORG, null)).isTrue();
    assertThat(controller.canEditSomething(OMSORG)).isTrue();
    assertThat(controller.canChangeArea(SOCIAL, "sabo")).isFalse();
    assertThat(controller.canEditSomething(SOCIAL)).isFalse();
  }

  @Test
  void aMunicipalityControllerManagesEveryCommitteeOfItsMunicipalityOnly() {
    Caller controller = caller(Grant.of(Role.CONTROLLER, "1488"));
    assertThat(controller.canManage(OMSORG)).isTrue();
    assertThat(controller.canManage(SOCIAL)).isTrue();
    assertThat(controller.canManage(ALE)).isFalse();
    assertThat(controller.canRead(ALE, DRAFT)).isFalse();
    assertThat(controller.administers("1488")).as("a controller is no administrator").isFalse();
  }

  @Test
  void anAreaEditorReadsItsCommitteesDraftsAndChangesRowsOfItsAreaOnly() {
    Caller editor = caller(Grant.editorOfArea("1488", 1, "sabo"));
    assertThat(editor.canRead(OMSORG, DRAFT)).isTrue();
    assertThat(editor.canChangeArea(OMSORG, "sabo")).isTrue();
    assertThat(editor.canChangeArea(OMSORG, "hemtjanst")).isFalse();
    assertThat(editor.canChangeArea(OMSORG, null)).as("totals belong to no area").isFalse();
    assertThat(editor.canChangeGoal(OMSORG, "nm1")).isFalse();
    assertThat(editor.canChangeGoal(OMSORG, null)).isFalse();
    assertThat(editor.canEditSomething(OMSORG)).isTrue();
  }

  @Test
  void anEditorNeitherManagesNorDecides() {
    Caller editor =
        caller(Grant.editorOfArea("1488", 1, "sabo"), Grant.editorOfGoal("1488", 1, "nm1"));
    assertThat(editor.canManage(OMSORG)).isFalse();
    assertThat(editor.isAdministrator()).isFalse();
    assertThat(editor.administers("1488")).isFalse();
  }

  @Test
  void anAreaEditorChangesNothingOfAnotherCommitteeEvenWhereTheAreaKeyIsTheSame() {
    Caller editor = caller(Grant.editorOfArea("1488", 1, "sabo"));
    assertThat(editor.canChangeArea(SOCIAL, "sabo")).isFalse();
    assertThat(editor.canChangeArea(ALE, "sabo")).isFalse();
    assertThat(editor.canRead(SOCIAL, DRAFT)).isFalse();
    assertThat(editor.canEditSomething(SOCIAL)).isFalse();
  }

  @Test
  void aGoalEditorChangesWhatBelongsToItsGoalOnly() {
    Caller editor = caller(Grant.editorOfGoal("1488", 1, "nm1"));
    assertThat(editor.canRead(OMSORG, DRAFT)).isTrue();
    assertThat(editor.canChangeGoal(OMSORG, "nm1")).isTrue();
    assertThat(editor.canChangeGoal(OMSORG, "nm2")).isFalse();
    assertThat(editor.canChangeGoal(SOCIAL, "nm1")).isFalse();
    assertThat(editor.canChangeArea(OMSORG, "sabo")).isFalse();
    assertThat(editor.canChangeArea(OMSORG, "nm1")).as("a goal key is no area key").isFalse();
    assertThat(editor.canEditSomething(OMSORG)).isTrue();
  }

  @Test
  void theInstallationAdministratorAdministersAndManagesEverything() {
    Caller admin = caller(Grant.administrator());
    assertThat(admin.isAdministrator()).isTrue();
    assertThat(admin.administers("1488")).isTrue();
    assertThat(admin.administers("1440")).isTrue();
    assertThat(admin.canManage(OMSORG)).isTrue();
    assertThat(admin.canManage(ALE)).isTrue();
    assertThat(admin.canRead(ALE, DRAFT)).isTrue();
    assertThat(admin.canChangeArea(ALE, null)).isTrue();
    assertThat(admin.canChangeGoal(ALE, "nm1")).isTrue();
  }

  @Test
  void aMunicipalityAdministratorAdministersAndManagesItsMunicipalityOnly() {
    Caller admin = caller(Grant.of(Role.ADMINISTRATOR, "1488"));
    assertThat(admin.isAdministrator()).as("not of the whole installation").isFalse();
    assertThat(admin.administers("1488")).isTrue();
    assertThat(admin.administers("1440")).isFalse();
    assertThat(admin.canManage(OMSORG)).isTrue();
    assertThat(admin.canManage(SOCIAL)).isTrue();
    assertThat(admin.canManage(ALE)).isFalse();
    assertThat(admin.canRead(ALE, DRAFT)).isFalse();
    assertThat(admin.canRead(ALE, DECIDED)).isTrue();
  }

  @Test
  void anAdministratorOfOneCommitteeDoesNotAdministerItsMunicipality() {
    Caller admin = caller(Grant.of(Role.ADMINISTRATOR, "1488", 1));
    assertThat(admin.administers("1488")).isFalse();
    assertThat(admin.isAdministrator()).isFalse();
    assertThat(admin.canManage(OMSORG)).isTrue();
    assertThat(admin.canManage(SOCIAL)).isFalse();
  }

  @Test
  void aGrantOfAnotherCommitteeGivesNothing() {
    for (Grant grant :
        List.of(
            Grant.of(Role.READER, "1488", 2),
            Grant.of(Role.CONTROLLER, "1488", 2),
            Grant.of(Role.ADMINISTRATOR, "1488", 2),
            Grant.editorOfArea("1488", 2, "sabo"),
            Grant.editorOfGoal("1488", 2, "nm1"),
            Grant.of(Role.CONTROLLER, "1440"),
            Grant.of(Role.ADMINISTRATOR, "1440"))) {
      Caller other = caller(grant);
      assertThat(other.canRead(OMSORG, DRAFT)).as("%s reads a draft of OMSORG", grant).isFalse();
      assertThat(other.canManage(OMSORG)).as("%s manages OMSORG", grant).isFalse();
      assertThat(other.canChangeArea(OMSORG, "sabo"))
          .as("%s changes sabo of OMSORG", grant)
          .isFalse();
      assertThat(other.canChangeArea(OMSORG, null))
          .as("%s changes a total of OMSORG", grant)
          .isFalse();
      assertThat(other.canChangeGoal(OMSORG, "nm1"))
          .as("%s changes nm1 of OMSORG", grant)
          .isFalse();
      assertThat(other.canEditSomething(OMSORG)).as("%s edits OMSORG", grant).isFalse();
      assertThat(other.canRead(OMSORG, DECIDED)).as("decided versions are public").isTrue();
    }
  }

  @Test
  void grantsAddUp() {
    Caller both = caller(Grant.of(Role.READER, "1488", 1), Grant.of(Role.CONTROLLER, "1440", 3));
    assertThat(both.canRead(OMSORG, DRAFT)).isTrue();
    assertThat(both.canManage(OMSORG)).isFalse();
    assertThat(both.canManage(ALE)).isTrue();
    assertThat(both.canRead(SOCIAL, DRAFT)).isFalse();
  }
}
