package se.styr.organisation;

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
import se.styr.shared.StyrException;

/** Municipalities and their committees. */
@RestController
@RequestMapping("/api")
@Tag(name = "Organisation", description = "Municipalities and committees")
class OrganisationApi {
  private final OrganisationStore store;

  OrganisationApi(OrganisationStore store) {
    this.store = store;
  }

  record MunicipalityName(String name) {}

  record CommitteeJson(long id, String municipalityCode, String key, String name) {
    static CommitteeJson of(OrganisationStore.StoredCommittee committee) {
      return new CommitteeJson(committee.id(), committee.municipalityCode(), committee.committee().key(),
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
    return store.municipality(code).orElseThrow(() -> StyrException.notFound("No municipality " + code));
  }

  @PutMapping("/municipalities/{code}")
  @Operation(summary = "Add a municipality, or rename it")
  Municipality saveMunicipality(@PathVariable String code, @RequestBody MunicipalityName body) {
    Municipality municipality = new Municipality(code, body.name() == null ? "" : body.name());
    store.saveMunicipality(municipality);
    return municipality;
  }

  @GetMapping("/municipalities/{code}/committees")
  @Operation(summary = "The committees of a municipality")
  List<CommitteeJson> committees(@PathVariable String code) {
    municipality(code);
    return store.committees(code).stream().map(CommitteeJson::of).toList();
  }

  @PostMapping("/municipalities/{code}/committees")
  @Operation(summary = "Add a committee to a municipality (or rename the one with the same key)")
  ResponseEntity<CommitteeJson> addCommittee(@PathVariable String code, @RequestBody NewCommittee body) {
    municipality(code);
    Committee committee = new Committee(body.key(), body.name() == null ? "" : body.name());
    long id = store.saveCommittee(code, committee);
    return ResponseEntity.created(URI.create("/api/committees/" + id)).body(new CommitteeJson(id, code, committee.key(), committee.name()));
  }

  @GetMapping("/committees/{id}")
  @Operation(summary = "One committee")
  CommitteeJson committee(@PathVariable long id) {
    return store.committee(id).map(CommitteeJson::of).orElseThrow(() -> StyrException.notFound("No committee " + id));
  }
}
