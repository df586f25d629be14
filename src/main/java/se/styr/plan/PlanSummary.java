package se.styr.plan;

/** One plan as listed: whose it is, its year and its latest version. */
public record PlanSummary(
    long planId,
    String municipalityCode,
    String municipalityName,
    long committeeId,
    String committeeKey,
    String committeeName,
    int budgetYear,
    String title,
    int latestVersion,
    PlanStatus latestStatus) {

  public String planKey() {
    return municipalityCode + "/" + committeeKey + "/" + budgetYear;
  }
}
