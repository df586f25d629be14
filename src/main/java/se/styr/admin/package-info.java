/**
 * The administration pages: users and their grants, password resets, the installation's audit log.
 */
package se.styr.admin;
