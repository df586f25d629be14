package se.styr.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A grant names a role and a scope that fits it; anything else is refused when it is made. */
class GrantTest {
  private static final PlanScope OMSORG_TROLLHATTAN = new PlanScope("1488", 1);
  private static final PlanScope SOCIAL_TROLLHATTAN = new PlanScope("1488", 2);
  private static final PlanScope OMSORG_ALE = new PlanScope("1440", 3);

  @Test
  void requiresARole() {
    assertThatThrownBy(() -> new Grant(null, "1488", null, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("role");
  }

  @Test
  void refusesACommitteeWithoutItsMunicipality() {
    assertThatThrownBy(() -> new Grant(Role.READER, null, 1L, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names its municipality");
    assertThatThrownBy(() -> new Grant(Role.EDITOR, null, 1L, "sabo", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAnEditorWithoutACommittee() {
    assertThatThrownBy(() -> new Grant(Role.EDITOR, "1488", null, "sabo", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an editor is granted an area or a goal of one committee");
    assertThatThrownBy(() -> new Grant(Role.EDITOR, null, null, null, "nm1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAnEditorWithNeitherAreaNorGoal() {
    assertThatThrownBy(() -> new Grant(Role.EDITOR, "1488", 1L, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an editor is granted an area or a goal of one committee");
  }

  @Test
  void acceptsAnEditorOfAnAreaOrOfAGoal() {
    assertThat(Grant.editorOfArea("1488", 1, "sabo"))
        .isEqualTo(new Grant(Role.EDITOR, "1488", 1L, "sabo", null));
    assertThat(Grant.editorOfGoal("1488", 1, "nm1"))
        .isEqualTo(new Grant(Role.EDITOR, "1488", 1L, null, "nm1"));
  }

  @Test
  void refusesAnAreaOrGoalForEveryRoleButEditor() {
    for (Role role : new Role[] {Role.ADMINISTRATOR, Role.CONTROLLER, Role.READER}) {
      assertThatThrownBy(() -> new Grant(role, "1488", 1L, "sabo", null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("only an editor's grant is limited");
      assertThatThrownBy(() -> new Grant(role, "1488", 1L, null, "nm1"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void makesInstallationMunicipalityAndCommitteeGrants() {
    assertThat(Grant.administrator())
        .isEqualTo(new Grant(Role.ADMINISTRATOR, null, null, null, null));
    assertThat(Grant.of(Role.READER, "1488"))
        .isEqualTo(new Grant(Role.READER, "1488", null, null, null));
    assertThat(Grant.of(Role.CONTROLLER, "1488", 1))
        .isEqualTo(new Grant(Role.CONTROLLER, "1488", 1L, null, null));
  }

  @Test
  void aGrantWithoutMunicipalityCoversEveryCommittee() {
    Grant everything = Grant.administrator();
    assertThat(everything.covers(OMSORG_TROLLHATTAN)).isTrue();
    assertThat(everything.covers(OMSORG_ALE)).isTrue();
  }

  @Test
  void aMunicipalityGrantCoversItsCommitteesAndNoOthers() {
    Grant trollhattan = Grant.of(Role.READER, "1488");
    assertThat(trollhattan.covers(OMSORG_TROLLHATTAN)).isTrue();
    assertThat(trollhattan.covers(SOCIAL_TROLLHATTAN)).isTrue();
    assertThat(trollhattan.covers(OMSORG_ALE)).isFalse();
  }

  @Test
  void aCommitteeGrantCoversThatCommitteeOnly() {
    Grant omsorg = Grant.of(Role.CONTROLLER, "1488", 1);
    assertThat(omsorg.covers(OMSORG_TROLLHATTAN)).isTrue();
    assertThat(omsorg.covers(SOCIAL_TROLLHATTAN)).isFalse();
    assertThat(omsorg.covers(OMSORG_ALE)).isFalse();
    assertThat(Grant.editorOfArea("1488", 1, "sabo").covers(SOCIAL_TROLLHATTAN)).isFalse();
  }

  @Test
  void aCommitteeIdOfAnotherMunicipalityCoversNothingThere() {
    // Ids are unique, but a grant whose municipality and committee disagree must not open the
    // committee.
    assertThat(Grant.of(Role.CONTROLLER, "1440", 1).covers(OMSORG_TROLLHATTAN)).isFalse();
  }

  @Test
  void aScopeNamesItsMunicipality() {
    assertThatThrownBy(() -> new PlanScope(null, 1)).isInstanceOf(NullPointerException.class);
  }
}
