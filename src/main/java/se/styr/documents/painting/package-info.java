/**
 * Painting Styr's server-drawn chart SVG straight into the PDF as vector paths and real text, with
 * the fonts the document embeds (ADR 0009); Batik only for SVG outside that subset.
 */
package se.styr.documents.painting;
