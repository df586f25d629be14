package se.styr.budget;

import java.time.Instant;

/** The last change of one cell: at which lock version of its table, by whom, when and what. */
public record CellChange(
    int row, int column, int lockVersion, String changedBy, Instant changedAt, String summary) {}
