package se.styr.admin;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.styr.organisation.Municipality;
import se.styr.organisation.OrganisationStore;
import se.styr.security.Grant;

/**
 * A grant in words, as the administration pages show it: "Controller för Omsorgsnämnden,
 * Trollhättan".
 */
@Component
class GrantWords {
  private final MessageSource messages;
  private final OrganisationStore organisation;

  GrantWords(MessageSource messages, OrganisationStore organisation) {
    this.messages = messages;
    this.organisation = organisation;
  }

  String words(Grant grant, Locale locale) {
    return text(
        locale,
        "users.grantWords",
        text(locale, "users.role." + grant.role().name()),
        scope(grant, locale));
  }

  String scope(Grant grant, Locale locale) {
    if (grant.municipalityCode() == null) {
      return text(locale, "users.scope.installation");
    }
    String municipality =
        organisation
            .municipality(grant.municipalityCode())
            .map(Municipality::name)
            .orElse(grant.municipalityCode());
    if (grant.committeeId() == null) {
      return municipality;
    }
    String committee =
        organisation
            .committee(grant.committeeId())
            .map(c -> c.committee().name())
            .orElse(String.valueOf(grant.committeeId()));
    String place = text(locale, "users.scope.committee", committee, municipality);
    if (grant.areaKey() != null && grant.goalKey() != null) {
      return text(locale, "users.scope.areaAndGoal", grant.areaKey(), grant.goalKey(), place);
    }
    if (grant.areaKey() != null) {
      return text(locale, "users.scope.area", grant.areaKey(), place);
    }
    if (grant.goalKey() != null) {
      return text(locale, "users.scope.goal", grant.goalKey(), place);
    }
    return place;
  }

  private String text(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
