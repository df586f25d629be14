package se.styr.texts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStore;
import se.styr.plan.web.PlanNav;
import se.styr.shared.ErrorCode;
import se.styr.shared.StyrException;
import se.styr.shared.Text;
import se.styr.texts.Section;
import se.styr.texts.SectionEditing;
import se.styr.texts.SectionMarkdown;
import se.styr.texts.StaleSectionException;
import se.styr.version.PlanAccess;

/**
 * The texts tab: a version's text sections rendered from their Markdown, and, in a draft, changing
 * one with a preview. The editor carries the text it started from in a hidden field; a save based
 * on a text someone has changed since is refused saying who changed it, and what the person wrote
 * stays in the field. The preview answers htmx with just the rendered text; without JavaScript the
 * preview button posts the form and the whole page comes back with the preview.
 */
@Controller
class TextPages {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));
  private final PlanStore plans;
  private final PlanAccess access;
  private final SectionEditing editing;
  private final MessageSource messages;

  TextPages(PlanStore plans, PlanAccess access, SectionEditing editing, MessageSource messages) {
    this.plans = plans;
    this.access = access;
    this.editing = editing;
    this.messages = messages;
  }

  /**
   * A section as the tab shows it; {@code heading} is its h-level on the page (h1 is the plan's
   * title), never more than one below the one before, and {@code html} its text as safe HTML.
   */
  record SectionView(String key, String title, String label, int heading, String html) {}

  /**
   * The section being edited: what is in the field, the text it started from, a preview, and what
   * went wrong.
   */
  record Editor(
      String key,
      String label,
      String text,
      String expected,
      String previewHtml,
      String error,
      String changedBy,
      String changedAt,
      String currentHtml) {}

  @GetMapping("/plans/{planId}/versions/{number}/texts")
  String texts(
      @PathVariable long planId,
      @PathVariable int number,
      @RequestParam(name = "sparad", required = false) String saved,
      Model model) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    PlanNav.add(model, access, version, plan, "texts");
    List<SectionView> sections = views(plan);
    model.addAttribute("sections", sections);
    model.addAttribute(
        "canChange", !version.decided() && access.caller().canManage(version.scope()));
    model.addAttribute(
        "saved",
        sections.stream()
            .filter(s -> s.key().equals(saved))
            .map(SectionView::label)
            .findFirst()
            .orElse(null));
    return "texts/texts";
  }

  @GetMapping("/plans/{planId}/versions/{number}/texts/{sectionKey}/edit")
  String edit(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String sectionKey,
      Model model) {
    PlanAccess.VisibleVersion version = changeable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    SectionView view = view(plan, sectionKey);
    String text = section(plan, sectionKey).text();
    return page(
        version,
        plan,
        new Editor(sectionKey, view.label(), text, text, null, null, null, null, null),
        model);
  }

  @PostMapping("/plans/{planId}/versions/{number}/texts/{sectionKey}/preview")
  String preview(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String sectionKey,
      @RequestParam(defaultValue = "") String text,
      @RequestParam(defaultValue = "") String expected,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    PlanAccess.VisibleVersion version = changeable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    Editor editor =
        new Editor(
            sectionKey,
            view(plan, sectionKey).label(),
            text,
            expected,
            SectionMarkdown.html(text),
            null,
            null,
            null,
            null);
    if (htmx != null) {
      model.addAttribute("editor", editor);
      return "texts/edit :: preview";
    }
    return page(version, plan, editor, model);
  }

  @PostMapping("/plans/{planId}/versions/{number}/texts/{sectionKey}")
  String save(
      @PathVariable long planId,
      @PathVariable int number,
      @PathVariable String sectionKey,
      @RequestParam(defaultValue = "") String text,
      @RequestParam(defaultValue = "") String expected,
      Model model,
      HttpServletResponse response) {
    PlanAccess.VisibleVersion version = changeable(planId, number);
    PlanDocument plan = plans.load(version.versionId());
    String label = view(plan, sectionKey).label();
    if (text.length() > SectionEditing.MAX_SECTION_LENGTH) {
      response.setStatus(422);
      return page(
          version,
          plan,
          new Editor(
              sectionKey, label, text, expected, null, "texts.error.tooLong", null, null, null),
          model);
    }
    try {
      editing.changeSection(planId, number, sectionKey, text, expected, access.caller());
    } catch (StaleSectionException stale) {
      response.setStatus(409);
      String current = stale.current().text();
      return page(
          version,
          plan,
          new Editor(
              sectionKey,
              label,
              text,
              current,
              null,
              "texts.error.stale",
              stale.changedBy(),
              stale.changedAt() == null ? null : TIME.format(stale.changedAt()),
              SectionMarkdown.html(current)),
          model);
    }
    return "redirect:/plans/"
        + planId
        + "/versions/"
        + number
        + "/texts?sparad="
        + sectionKey
        + "#s-"
        + sectionKey;
  }

  private String page(
      PlanAccess.VisibleVersion version, PlanDocument plan, Editor editor, Model model) {
    PlanNav.add(model, access, version, plan, "texts");
    model.addAttribute("editor", editor);
    model.addAttribute("max", SectionEditing.MAX_SECTION_LENGTH);
    return "texts/edit";
  }

  /**
   * A draft whose texts the caller may change: otherwise 404 (not visible), 409 (decided) or 403.
   */
  private PlanAccess.VisibleVersion changeable(long planId, int number) {
    PlanAccess.VisibleVersion version = access.readable(planId, number);
    if (version.decided()) {
      throw new StyrException(
          ErrorCode.DECIDED_VERSION_IS_READ_ONLY, Text.of("versions.error.readOnly", number));
    }
    if (!access.caller().canManage(version.scope())) {
      throw StyrException.forbidden(Text.of("texts.error.manage", planId));
    }
    return version;
  }

  private static Section section(PlanDocument plan, String key) {
    return plan.sections().stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .orElseThrow(() -> StyrException.notFound(Text.of("texts.error.noSection", key)));
  }

  private SectionView view(PlanDocument plan, String key) {
    return views(plan).stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .orElseThrow(() -> StyrException.notFound(Text.of("texts.error.noSection", key)));
  }

  /**
   * The sections in plan order; one without a title is labelled after the titled one it continues.
   */
  private List<SectionView> views(PlanDocument plan) {
    List<SectionView> views = new ArrayList<>();
    int previousHeading = 1;
    String previousTitle = null;
    for (Section section : plan.sections()) {
      int heading = Math.min(Math.min(section.level() + 1, previousHeading + 1), 6);
      String label =
          section.title() != null
              ? section.title()
              : messages.getMessage(
                  "texts.continuation",
                  new Object[] {previousTitle == null ? section.key() : previousTitle},
                  LocaleContextHolder.getLocale());
      views.add(
          new SectionView(
              section.key(),
              section.title(),
              label,
              heading,
              SectionMarkdown.html(section.text())));
      if (section.title() != null) {
        previousHeading = heading;
        previousTitle = section.title();
      }
    }
    return views;
  }
}
