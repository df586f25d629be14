package se.styr.security;

/**
 * What a person may do within a grant's scope. An administrator manages users and everything in
 * scope; a controller reads and changes all plans of the scope, decides and revises them; an editor
 * reads the committee's plans and changes only the figures of given areas or goals; a reader reads
 * drafts too. Without a grant (the public) only decided versions are visible.
 */
public enum Role {
  ADMINISTRATOR,
  CONTROLLER,
  EDITOR,
  READER
}
