package dev.warta;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared beside the repository, where CI and developers keep the project's data. */
public final class SharedData {
    private SharedData() {
    }

    public static Path path(String relative) {
        String root = System.getProperty("warta.root", ".");
        Path p = Path.of(root).toAbsolutePath().normalize().resolve("../shared").resolve(relative).normalize();
        if (!Files.exists(p)) {
            throw new IllegalStateException("missing " + p + ": tests read the project's data from ../shared");
        }
        return p;
    }
}
