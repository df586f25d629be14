/** The command line of styr.jar: validate, import and export plan files. */
package se.styr.cli;
