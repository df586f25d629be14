package se.styr.imports.kolada;

import java.time.LocalDate;

/**
 * A key figure of Kolada's catalogue: its id ({@code N00945}), title, description, operating area,
 * for which kinds of organisation it is kept ({@code K} municipalities, {@code L} regions, {@code
 * A} both), whether it is divided by gender, whether units have it too, and when it was (or will
 * be) published; a date Kolada does not state is null.
 */
public record KoladaKpi(
    String id,
    String title,
    String description,
    String operatingArea,
    String municipalityType,
    boolean dividedByGender,
    boolean hasUnitData,
    LocalDate publicationDate,
    String publicationPeriod) {}
