package se.styr.version;

import java.time.Instant;
import java.util.List;

/** One version of a plan as listed in its history. */
public record VersionSummary(
    long versionId,
    int number,
    PlanStatus status,
    Integer basedOn,
    Instant createdAt,
    String createdBy,
    List<Decision> decisions) {}
