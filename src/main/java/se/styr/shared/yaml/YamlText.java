package se.styr.shared.yaml;

import java.io.StringWriter;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes a node tree as Styr's files are written: block style, two-space indents, no line
 * splitting, Unicode as it is, and strings that YAML would read as numbers ("0181") quoted.
 */
public final class YamlText {
  private YamlText() {}

  public static String dump(Node root) {
    DumpSettings settings =
        DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(4096)
            .setSplitLines(false)
            .setUseUnicodeEncoding(true)
            // The YAML 1.2 core schema reads 0181 as a number; under it the emitter quotes such
            // strings.
            .setSchema(new CoreSchema())
            .build();
    StringWriter out = new StringWriter();
    new Dump(settings)
        .dumpNode(
            root,
            new StreamDataWriter() {
              @Override
              public void write(String str) {
                out.write(str);
              }

              @Override
              public void write(String str, int off, int len) {
                out.write(str, off, len);
              }
            });
    return out.toString();
  }
}
