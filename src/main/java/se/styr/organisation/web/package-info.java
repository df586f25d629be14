/** The organisation API: municipalities and their committees. */
package se.styr.organisation.web;
