package se.styr.national.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.styr.imports.scb.PopulationTables;
import se.styr.national.ScbFetching;
import se.styr.national.ScbPopulationStore;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;
import se.styr.version.PlanAccess;

/**
 * The national data page of SCB's population: what is stored (region, table, years, when fetched);
 * a controller or administrator stores an answer of SCB's saved as a file, or fetches a
 * municipality's population at year end or SCB's population forecast (only when asked). Needs
 * forecasts whose bands say {@code population: scb} read it.
 */
@Controller
class ScbPopulationPages {
  static final String PATH = "/nationella-data/scb";

  private final ScbPopulationStore store;
  private final ScbFetching fetching;
  private final PlanAccess access;

  ScbPopulationPages(ScbPopulationStore store, ScbFetching fetching, PlanAccess access) {
    this.store = store;
    this.fetching = fetching;
    this.access = access;
  }

  @GetMapping(PATH)
  String page(Model model) {
    int year = Year.now(java.time.ZoneId.of("Europe/Stockholm")).getValue();
    model.addAttribute("stored", store.stored());
    model.addAttribute("mayStore", NationalStoring.allowed(access.caller()));
    model.addAttribute("scbAddress", fetching.base().toString());
    model.addAttribute("outcomeTable", PopulationTables.OUTCOME);
    model.addAttribute("forecastTable", PopulationTables.FORECAST);
    model.addAttribute("outcomeFrom", String.valueOf(year - 6));
    model.addAttribute("outcomeTo", String.valueOf(year - 1));
    model.addAttribute("forecastFrom", year);
    model.addAttribute("forecastTo", year + 15);
    return "national/scb";
  }

  @PostMapping(PATH + "/fil")
  String upload(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(defaultValue = "") String table,
      RedirectAttributes redirect)
      throws IOException {
    requireStoring();
    if (file == null || file.isEmpty()) {
      redirect.addFlashAttribute("refused", Text.of("national.upload.noFile"));
      return "redirect:" + PATH;
    }
    if (file.getSize() > NationalDataPages.MOST_BYTES) {
      redirect.addFlashAttribute(
          "refused",
          Text.of("national.upload.tooLarge", NationalDataPages.MOST_BYTES / (1024 * 1024)));
      return "redirect:" + PATH;
    }
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().strip();
    name = name.length() > 100 ? name.substring(0, 100) : name;
    try {
      ScbFetching.Fetch stored =
          fetching.importAnswer(
              table,
              new String(file.getBytes(), StandardCharsets.UTF_8),
              Text.of("national.scb.fileSource", name).swedish());
      done(redirect, stored);
    } catch (InvalidValueException e) {
      redirect.addFlashAttribute("refused", Text.of("national.upload.refused", name, e.text()));
    }
    return "redirect:" + PATH;
  }

  @PostMapping(PATH + "/hamta")
  String fetch(
      @RequestParam(defaultValue = "") String table,
      @RequestParam(defaultValue = "") String region,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to,
      RedirectAttributes redirect) {
    requireStoring();
    try {
      if (from == null || to == null) {
        throw new InvalidValueException(Text.of("national.scb.yearsMissing"));
      }
      done(redirect, fetching.fetch(table, region.strip(), from, to));
    } catch (InvalidValueException e) {
      redirect.addFlashAttribute("refused", e.text());
    }
    return "redirect:" + PATH;
  }

  private static void done(RedirectAttributes redirect, ScbFetching.Fetch stored) {
    redirect.addFlashAttribute(
        "done",
        Text.of(
            "national.scb.stored",
            String.valueOf(stored.counts()),
            stored.table(),
            stored.regions(),
            stored.years()));
  }

  private void requireStoring() {
    NationalStoring.require(access.caller());
  }
}
