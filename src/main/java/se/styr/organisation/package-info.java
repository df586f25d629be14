/**
 * Municipalities, their committees and the committees' operational areas over time: areas are
 * created, renamed, merged and moved between years, and history stays comparable. Owns the plan
 * file's areas, their rules and their store.
 */
package se.styr.organisation;
