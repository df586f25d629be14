/**
 * The document tab, the PDF, Word and HTML downloads of every plan version, and the document API;
 * decided versions' documents are printed once and kept.
 */
package se.styr.documents.web;
