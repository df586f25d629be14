/**
 * The command line of styr.jar: validate, assess and print plan files; import and export them to
 * and from the database.
 */
package se.styr.cli;
