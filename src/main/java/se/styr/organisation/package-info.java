/**
 * Municipalities, their committees and the committees' operational areas over time: areas are
 * created, renamed, merged and moved between years, and history stays comparable.
 */
package se.styr.organisation;
