/**
 * What lets several nodes serve one installation (issue 18): background work that runs on one node
 * at a time ({@link se.styr.cluster.BackgroundWork} by a lease row in the database, {@link
 * se.styr.cluster.Leases}), and reads sent to a PostgreSQL streaming replica while it keeps up
 * ({@link se.styr.cluster.ReplicaRouting}, measured by {@link se.styr.cluster.ReplicaLag}). HTTP
 * sessions are kept in the database by Spring Session JDBC, and what a node keeps computed is kept
 * per a stamp read from the database, so nodes hold nothing another node could change.
 */
package se.styr.cluster;
