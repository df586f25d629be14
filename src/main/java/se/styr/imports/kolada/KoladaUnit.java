package se.styr.imports.kolada;

/**
 * An organisational unit of Kolada's ({@code /ou}): a nursing home, a home-care group, a school,
 * with its id (V15E144001301), title and municipality.
 */
public record KoladaUnit(String id, String title, String municipality) {}
