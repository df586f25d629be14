package se.styr.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import se.styr.goals.Assessment;
import se.styr.goals.Assessor;
import se.styr.plan.PlanDocument;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code assess FILE [--year YYYY]}: assesses every goal of a plan file by its municipality's rules
 * and prints one JSON line per goal, exactly {@code
 * {"file","goal","level","assessment","score","explanation"}}, in the file's goal order. Exit
 * status 2 if the file cannot be read or the arguments are wrong.
 */
final class AssessCommand {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private AssessCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    String file = null;
    Integer year = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--year") && i + 1 < args.size() && args.get(i + 1).matches("\\d{4}")) {
        year = Integer.valueOf(args.get(++i));
      } else if (file == null && !arg.startsWith("--")) {
        file = arg;
      } else {
        err.println("usage: styr assess FILE [--year YYYY]");
        return 2;
      }
    }
    if (file == null) {
      err.println("usage: styr assess FILE [--year YYYY]");
      return 2;
    }
    Optional<PlanDocument> read = PlanFileArgument.read(file, err);
    if (read.isEmpty()) {
      return 2;
    }
    PlanDocument plan = read.get();
    int assessed = year == null ? plan.header().period().budgetYear() : year;
    se.styr.goals.ResultScale scale = plan.goals().chain().settings().scale();
    for (Assessment assessment :
        Assessor.assessGoals(plan.goals().chain(), plan.municipality().scbCode(), assessed)) {
      out.println(line(file, assessment, scale));
    }
    out.flush();
    return 0;
  }

  /**
   * One goal's line; a plan with its own result scale also gets {@code shown}: the word its symbol
   * prints (a standard plan's lines are as they always were).
   */
  static String line(String file, Assessment assessment, se.styr.goals.ResultScale scale) {
    ObjectNode node = JSON.createObjectNode();
    node.put("file", file);
    node.put("goal", assessment.subject());
    node.put("level", assessment.level());
    node.put("assessment", assessment.result().fileName());
    if (!scale.isStandard()) {
      node.put("shown", scale.shown(assessment).swedish());
    }
    if (assessment.score() == null) {
      node.putNull("score");
    } else {
      node.put("score", assessment.score());
    }
    node.set("explanation", explanation(assessment.explanation()));
    return JSON.writeValueAsString(node);
  }

  private static ObjectNode explanation(Assessment.Explanation explanation) {
    ObjectNode node = JSON.createObjectNode();
    node.put("rule", explanation.rule());
    node.put("text", explanation.text());
    ArrayNode parts = node.putArray("parts");
    for (Assessment.Part part : explanation.parts()) {
      ObjectNode p = parts.addObject();
      p.put("subject", part.subject());
      p.put("name", part.name());
      p.put("assessment", part.result().fileName());
      if (part.score() == null) {
        p.putNull("score");
      } else {
        p.put("score", part.score());
      }
      p.put("value", part.value());
      p.put("baseline", part.reference());
      p.put("why", part.note());
    }
    ArrayNode thresholds = node.putArray("thresholds");
    explanation.thresholds().forEach(thresholds::add);
    return node;
  }
}
