/**
 * The printed plan written as an editable Word document with Apache POI: real headings, lists,
 * tables and fields.
 */
package se.styr.documents.docx;
