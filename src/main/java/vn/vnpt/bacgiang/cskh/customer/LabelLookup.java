package vn.vnpt.bacgiang.cskh.customer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds an enum value by any of its labels or by its code, ignoring case and tones. */
final class LabelLookup<E extends Enum<E>> {

    private final Map<String, E> byName = new HashMap<>();
    private final String choices;

    /** {@code labels} gives each value's labels, the one to show in messages first. */
    LabelLookup(E[] values, Function<E, List<String>> labels) {
        for (E value : values) {
            Stream.concat(labels.apply(value).stream(), Stream.of(value.name())).map(TextFolding::fold)
                    .forEach(name -> {
                        E other = byName.putIfAbsent(name, value);
                        if (other != null && other != value) {
                            throw new IllegalStateException(name + " names both " + other + " and " + value);
                        }
                    });
        }
        choices = Stream.of(values).map(value -> labels.apply(value).getFirst()).collect(Collectors.joining(", "));
    }

    Optional<E> find(String text) {
        return Optional.ofNullable(byName.get(TextFolding.fold(text)));
    }

    /** The labels to choose from, for a message about a value that names none. */
    String choices() {
        return choices;
    }
}
