package dev.warta.cli;

import dev.warta.gazetteer.PlaceNamesBuilder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta data}: rebuilds the data files warta ships from the third-party data they derive from. */
@Command(name = "data", description = "Rebuild derived data files.", subcommands = DataCommand.Places.class)
final class DataCommand {

    @Command(name = "places", description = "Rebuild the place names (datelines) and place ids (Wikidata links).")
    static final class Places implements Callable<Integer> {
        @Option(names = "--gazetteer", required = true, description = "The gazetteer folder (../shared/data/gazetteer).")
        Path gazetteer;

        @Option(names = "--out", required = true,
                description = "The folder to write place-names.txt.gz and place-ids.tsv.gz to.")
        Path out;

        @Override
        public Integer call() throws Exception {
            int[] n = PlaceNamesBuilder.buildAll(gazetteer, out);
            System.out.printf("wrote %,d place names and %,d place ids to %s%n", n[0], n[1], out);
            return 0;
        }
    }
}
