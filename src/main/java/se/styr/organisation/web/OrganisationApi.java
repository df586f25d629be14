package se.styr.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styr.organisation.Municipality;
import se.styr.organisation.OrganisationStore;
import se.styr.organisation.Organisations;
import se.styr.security.CurrentCaller;
import se.styr.shared.StyrException;
import se.styr.shared.Text;

/** Municipalities and their committees; changed only by those who manage them, and audited. */
@RestController
@RequestMapping("/api")
@Tag(name = "Organisation", description = "Municipalities and committees")
class OrganisationApi {
  private final OrganisationStore store;
  private final Organisations organisations;
  private final CurrentCaller callers;

  OrganisationApi(OrganisationStore store, Organisations organisations, CurrentCaller callers) {
    this.store = store;
    this.organisations = organisations;
    this.callers = callers;
  }

  record MunicipalityName(String name) {}

  record CommitteeJson(long id, String municipalityCode, String key, String name) {
    static CommitteeJson of(OrganisationStore.StoredCommittee committee) {
      return new CommitteeJson(
          committee.id(),
          committee.municipalityCode(),
          committee.committee().key(),
          committee.committee().name());
    }
  }

  record NewCommittee(String name, String key) {}

  @GetMapping("/municipalities")
  @Operation(summary = "All municipalities")
  List<Municipality> municipalities() {
    return store.municipalities();
  }

  @GetMapping("/municipalities/{code}")
  @Operation(summary = "One municipality by its four-digit SCB code")
  Municipality municipality(@PathVariable String code) {
    return store
        .municipality(code)
        .orElseThrow(
            () -> StyrException.notFound(Text.of("organisation.error.noMunicipality", code)));
  }

  @PutMapping("/municipalities/{code}")
  @Operation(summary = "Add a municipality, or rename it")
  Municipality saveMunicipality(@PathVariable String code, @RequestBody MunicipalityName body) {
    return organisations.saveMunicipality(code, body.name(), callers.get());
  }

  @GetMapping("/municipalities/{code}/committees")
  @Operation(summary = "The committees of a municipality")
  List<CommitteeJson> committees(@PathVariable String code) {
    municipality(code);
    return store.committees(code).stream().map(CommitteeJson::of).toList();
  }

  @PostMapping("/municipalities/{code}/committees")
  @Operation(summary = "Add a committee to a municipality (or rename the one with the same key)")
  ResponseEntity<CommitteeJson> addCommittee(
      @PathVariable String code, @RequestBody NewCommittee body) {
    municipality(code);
    OrganisationStore.StoredCommittee saved =
        organisations.saveCommittee(code, body.key(), body.name(), callers.get());
    return ResponseEntity.created(URI.create("/api/committees/" + saved.id()))
        .body(CommitteeJson.of(saved));
  }

  @GetMapping("/committees/{id}")
  @Operation(summary = "One committee")
  CommitteeJson committee(@PathVariable long id) {
    return store
        .committee(id)
        .map(CommitteeJson::of)
        .orElseThrow(() -> StyrException.notFound(Text.of("organisation.error.noCommittee", id)));
  }
}
