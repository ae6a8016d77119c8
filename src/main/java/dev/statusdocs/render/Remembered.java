package dev.statusdocs.render;

import java.util.function.Supplier;

/** Results kept between rebuilds by the input they came from: {@code serve} remembers them, a plain build does not. */
public interface Remembered {
    <T> T get(String stage, Object input, Supplier<T> produce);
}
