/** What every module shares: units of amounts, Swedish number format, the one domain error type. */
package se.styr.shared;
