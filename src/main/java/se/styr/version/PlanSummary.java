package se.styr.version;

/**
 * One plan as listed: whose it is, its year and its latest version. The plan key names it as
 * CODE/COMMITTEE/YEAR, e.g. 1488/omsorgsnamnden/2024.
 */
public record PlanSummary(
    long planId,
    String planKey,
    String municipalityCode,
    String municipalityName,
    long committeeId,
    String committeeKey,
    String committeeName,
    int budgetYear,
    String title,
    int latestVersion,
    PlanStatus latestStatus) {}
