package se.styr.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words by which plan files and the API name the values of an enum: the constant's name in
 * lower case ({@code COUNCIL_GOAL} is {@code council_goal}).
 */
public final class FileWords {
  private FileWords() {}

  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String word) {
    for (E value : type.getEnumConstants()) {
      if (of(value).equals(word)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  public static <E extends Enum<E>> List<String> all(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(FileWords::of).toList();
  }
}
