package se.styr.imports.kolada;

import java.math.BigDecimal;

/**
 * One value of a key figure for a municipality (or organisational unit) and year, for a gender
 * ({@code T} total, {@code K} women, {@code M} men): exact as Kolada wrote it, null where Kolada
 * has none (missing or confidential; never zero); {@code count} how many it was made of (1, or a
 * group's members); {@code deleted} when an incremental fetch reports it withdrawn.
 */
public record KoladaValue(
    String kpi,
    String unit,
    boolean organisationalUnit,
    int year,
    String gender,
    BigDecimal value,
    Integer count,
    String status,
    boolean deleted) {}
