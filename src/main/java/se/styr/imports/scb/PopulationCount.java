package se.styr.imports.scb;

/**
 * The number of people in a region of a sex and age in a year, as SCB gives it; null where SCB
 * gives none (never zero for it).
 */
public record PopulationCount(String region, Sex sex, Age age, int year, Long count) {}
