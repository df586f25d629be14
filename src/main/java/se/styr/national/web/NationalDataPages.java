package se.styr.national.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styr.national.KoladaFetching;
import se.styr.national.KoladaStore;
import se.styr.shared.InvalidValueException;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;

/**
 * The national data page: what Styr has stored from Kolada (KPIs, municipalities, groups, values)
 * with the catalogue searched by name or id; a controller or administrator stores an answer of
 * Kolada's saved as a file, or fetches the catalogue, municipalities and groups from Kolada (only
 * when asked). Reading is open to all, like the statistics themselves.
 */
@Controller
class NationalDataPages {
  static final String PATH = "/nationella-data/kolada";

  /** The largest answer file taken (Kolada's pages are at most 5,000 rows). */
  static final long MOST_BYTES = 20L * 1024 * 1024;

  private final KoladaStore store;
  private final KoladaFetching fetching;
  private final PlanAccess access;

  NationalDataPages(KoladaStore store, KoladaFetching fetching, PlanAccess access) {
    this.store = store;
    this.fetching = fetching;
    this.access = access;
  }

  @GetMapping(PATH)
  String page(@RequestParam(required = false) String q, Model model) {
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("searched", q != null && !q.isBlank());
    model.addAttribute("hits", q == null ? List.of() : store.searchKpis(q, 100));
    model.addAttribute("groups", store.groups());
    model.addAttribute("values", store.valueCount());
    model.addAttribute("municipalities", store.municipalityNames().size());
    model.addAttribute("mayStore", NationalStoring.allowed(access.caller()));
    model.addAttribute("koladaAddress", fetching.base().toString());
    return "national/kolada";
  }

  @PostMapping(PATH + "/fil")
  String upload(
      @RequestParam(name = "file", required = false) MultipartFile file,
      RedirectAttributes redirect)
      throws IOException {
    requireStoring();
    if (file == null || file.isEmpty()) {
      redirect.addFlashAttribute("refused", Text.of("national.upload.noFile"));
      return "redirect:" + PATH;
    }
    if (file.getSize() > MOST_BYTES) {
      redirect.addFlashAttribute(
          "refused", Text.of("national.upload.tooLarge", MOST_BYTES / (1024 * 1024)));
      return "redirect:" + PATH;
    }
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().strip();
    String source =
        Text.of("national.upload.source", name.length() > 100 ? name.substring(0, 100) : name)
            .swedish();
    try {
      KoladaFetching.Fetch stored =
          fetching.importAnswer(new String(file.getBytes(), StandardCharsets.UTF_8), source);
      redirect.addFlashAttribute(
          "done", Text.of("national.stored." + stored.what(), stored.stored(), stored.removed()));
    } catch (InvalidValueException e) {
      redirect.addFlashAttribute("refused", Text.of("national.upload.refused", name, e.text()));
    }
    return "redirect:" + PATH;
  }

  @PostMapping(PATH + "/hamta")
  String fetch(
      @RequestParam String what,
      @RequestParam(defaultValue = "") String title,
      RedirectAttributes redirect) {
    requireStoring();
    try {
      KoladaFetching.Fetch fetched =
          switch (what) {
            case "kpis" -> {
              if (title.isBlank()) {
                throw new InvalidValueException(Text.of("national.fetch.noTitle"));
              }
              yield fetching.fetchKpis(title);
            }
            case "municipalities" -> fetching.fetchMunicipalitiesAndGroups();
            default -> throw StyrException.rule(Text.of("national.fetch.unknown", what));
          };
      redirect.addFlashAttribute(
          "done",
          Text.of("national.stored." + fetched.what(), fetched.stored(), fetched.removed()));
    } catch (InvalidValueException e) {
      redirect.addFlashAttribute("refused", e.text());
    }
    return "redirect:" + PATH;
  }

  private void requireStoring() {
    NationalStoring.require(access.caller());
  }
}
