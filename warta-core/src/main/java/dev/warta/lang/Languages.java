package dev.warta.lang;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The registered languages, found with {@link ServiceLoader}. */
public final class Languages {
    private final Map<String, Language> byCode = new LinkedHashMap<>();

    private Languages(Iterable<Language> languages) {
        for (Language l : languages) {
            byCode.put(l.code(), l);
        }
        if (byCode.isEmpty()) {
            throw new IllegalStateException("no language registered");
        }
    }

    public static Languages discover() {
        return new Languages(ServiceLoader.load(Language.class, Languages.class.getClassLoader()));
    }

    public Optional<Language> get(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<Language> all() {
        return List.copyOf(byCode.values());
    }
}
