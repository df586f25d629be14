/**
 * The installation as a whole, out and back in: an export of everything Styr stores (every
 * municipality, plan, version, follow-up, mapping, user and grant without password hashes, the
 * audit log and the national data) in documented formats, and its restore into an empty
 * installation. See docs/backup.md.
 */
package se.styr.installation;
