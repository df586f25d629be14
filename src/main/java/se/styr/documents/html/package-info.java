/**
 * The printed plan as one HTML page from one Thymeleaf template: the screen's document and the
 * PDF's source.
 */
package se.styr.documents.html;
