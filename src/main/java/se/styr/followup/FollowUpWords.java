package se.styr.followup;

import se.styr.shared.Text;

/**
 * How the follow-up section's items are named in messages about a plan file: "risk 'x'", "provider
 * 'y'".
 */
final class FollowUpWords {
  static final Text RISK = Text.of("followup.file.risk");
  static final Text PROVIDER = Text.of("followup.file.provider");
  static final Text BAND = Text.of("followup.file.band");
  static final Text MEASURE = Text.of("followup.file.measure");
  static final Text OCCASION = Text.of("followup.file.occasion");
  static final Text LEDGER_RULE = Text.of("followup.file.ledgerRule");
  static final Text LEDGER = Text.of("followup.file.ledger");
  static final Text CALENDAR = Text.of("followup.file.calendar");
  static final Text THRESHOLD = Text.of("followup.file.threshold");
  static final Text ECONOMY_RULES = Text.of("followup.file.economyRules");

  private FollowUpWords() {}
}
