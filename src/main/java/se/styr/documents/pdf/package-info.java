/**
 * The plan's HTML page printed as an A4 PDF/UA-1 and PDF/A-3a file with openhtmltopdf: tagged,
 * titled, fonts embedded.
 */
package se.styr.documents.pdf;
