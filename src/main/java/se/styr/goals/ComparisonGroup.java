package se.styr.goals;

import java.util.List;
import java.util.Objects;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * The municipalities a relative target ranks among when not all of Sweden's: a Kolada municipality
 * group (its id kept, e.g. "liknande kommuner, äldreomsorg") or a list the user picked. The members
 * are written down as they were when chosen, so a decided plan ranks as it was decided.
 */
public record ComparisonGroup(String title, String kolada, List<String> members) {
  public ComparisonGroup {
    Objects.requireNonNull(title, "comparison group title");
    if (title.isBlank()) {
      throw new InvalidValueException(Text.of("goals.invalid.groupTitle"));
    }
    if (kolada != null && !kolada.matches("G\\d{1,10}")) {
      throw new InvalidValueException(Text.of("goals.invalid.groupId", kolada));
    }
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new InvalidValueException(Text.of("goals.invalid.groupEmpty", title));
    }
    for (String member : members) {
      if (!member.matches("\\d{4}")) {
        throw new InvalidValueException(Text.of("goals.invalid.groupMember", title, member));
      }
    }
    if (members.stream().distinct().count() != members.size()) {
      throw new InvalidValueException(Text.of("goals.invalid.groupTwice", title));
    }
  }

  public boolean includes(String municipality) {
    return members.contains(municipality);
  }
}
