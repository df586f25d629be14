/**
 * What every module shares: units of amounts, Swedish number format, keys and file words, the one
 * error type ({@link se.styr.shared.StyrException} with its {@link se.styr.shared.ErrorCode}) and
 * the rule problems every feature's rules report.
 */
package se.styr.shared;
