package se.styr.shared.yaml;

import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A YAML parser that stops at the first collection nested deeper than a limit, before the composer
 * (which builds the node tree by recursion) could overflow the stack on a small file of thousands
 * of nested brackets. The parser itself keeps its state in lists, not on the stack.
 */
final class ShallowParser implements Parser {
  private final Parser parser;
  private final int deepest;
  private int depth;

  /** Thrown at the first collection nested deeper than the limit, with where it starts. */
  static final class TooDeep extends RuntimeException {
    private final transient Mark mark;

    TooDeep(Mark mark) {
      super(null, null, false, false);
      this.mark = mark;
    }

    int line() {
      return mark == null ? 1 : mark.getLine() + 1;
    }

    int column() {
      return mark == null ? 1 : mark.getColumn() + 1;
    }
  }

  ShallowParser(Parser parser, int deepest) {
    this.parser = parser;
    this.deepest = deepest;
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    return parser.checkEvent(choice);
  }

  @Override
  public Event peekEvent() {
    return parser.peekEvent();
  }

  @Override
  public boolean hasNext() {
    return parser.hasNext();
  }

  @Override
  public Event next() {
    Event event = parser.next();
    switch (event.getEventId()) {
      case MappingStart, SequenceStart -> {
        if (++depth > deepest) {
          throw new TooDeep(event.getStartMark().orElse(null));
        }
      }
      case MappingEnd, SequenceEnd -> depth--;
      default -> {}
    }
    return event;
  }
}
