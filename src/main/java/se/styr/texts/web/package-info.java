/**
 * The texts tab: every section rendered, edited with an htmx preview, a stale edit refused with who
 * changed it.
 */
package se.styr.texts.web;
