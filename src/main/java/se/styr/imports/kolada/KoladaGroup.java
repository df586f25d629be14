package se.styr.imports.kolada;

import java.util.List;

/**
 * A municipality group of Kolada's ({@code /municipality_groups}), e.g. "Liknande kommuner
 * äldreomsorg, Smedjebacken": its id (G…), title and member municipality codes.
 */
public record KoladaGroup(String id, String title, List<String> members) {
  public KoladaGroup {
    members = List.copyOf(members);
  }
}
