/**
 * Who may do what: users (local accounts or OIDC), roles scoped to a municipality, committee, area
 * or goal, the rules that decide each read and write ({@link se.styr.security.Caller}), signing in
 * and changing one's password, the web security configuration and the append-only audit log. The
 * administration of users is in {@code admin}.
 */
package se.styr.security;
