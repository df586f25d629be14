package se.styr.budget;

import java.time.Instant;

/** The lock version of a stored table and who changed it last, how and when. */
public record TableState(
    long tableId, int lockVersion, String changedBy, Instant changedAt, String changeSummary) {}
