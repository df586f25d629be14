package se.styr.imports.sie;

/**
 * An object of a dimension as a transaction or balance names it: {@code 1 "100"} is object {@code
 * 100} (say, a cost centre) of dimension 1.
 */
public record SieObject(int dimension, String code) {}
