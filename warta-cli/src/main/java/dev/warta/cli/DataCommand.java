package dev.warta.cli;

import dev.warta.event.CameoCodes;
import dev.warta.export.FipsCountries;
import dev.warta.gazetteer.PlaceNamesBuilder;
import dev.warta.lang.CommonWordsBuilder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta data}: rebuilds the data files warta ships from the third-party data they derive from. */
@Command(name = "data", description = "Rebuild derived data files.",
        subcommands = {DataCommand.Places.class, DataCommand.Events.class, DataCommand.Fips.class,
                DataCommand.Words.class})
final class DataCommand {

    @Command(name = "places", description = "Rebuild the place names (datelines), place ids (Wikidata links), "
            + "place countries (actor codes) and city points (GeoNames links and coordinates).")
    static final class Places implements Callable<Integer> {
        @Option(names = "--gazetteer", required = true, description = "The gazetteer folder (../shared/data/gazetteer).")
        Path gazetteer;

        @Option(names = "--out", required = true,
                description = "The folder to write place-names.txt.gz, place-ids.tsv.gz, place-countries.tsv.gz and "
                        + "city-points.tsv.gz to.")
        Path out;

        @Override
        public Integer call() throws Exception {
            int[] n = PlaceNamesBuilder.buildAll(gazetteer, out);
            System.out.printf("wrote %,d place names, %,d place ids, %,d place countries and %,d city points to %s%n",
                    n[0], n[1], n[2], n[3], out);
            return 0;
        }
    }

    @Command(name = "events", description = "Rebuild the CAMEO code table (QuadClass, Goldstein, PLOVER).")
    static final class Events implements Callable<Integer> {
        @Option(names = "--events", required = true, description = "The events data folder (../shared/data/events).")
        Path events;

        @Option(names = "--out", required = true, description = "The file to write (cameo-codes.tsv).")
        Path out;

        @Override
        public Integer call() throws Exception {
            System.out.printf("wrote %,d CAMEO codes to %s%n", CameoCodes.build(events, out), out);
            return 0;
        }
    }

    @Command(name = "fips", description = "Rebuild the ISO-3 to FIPS 10-4 country table used by --format gdelt.")
    static final class Fips implements Callable<Integer> {
        @Option(names = "--fips", required = true,
                description = "GDELT's country table (../shared/data/events/gdelt/fips_country_codes.tsv).")
        Path fips;

        @Option(names = "--out", required = true, description = "The file to write (fips-countries.tsv).")
        Path out;

        @Override
        public Integer call() throws Exception {
            System.out.printf("wrote %,d FIPS countries to %s%n", FipsCountries.build(fips, out), out);
            return 0;
        }
    }

    @Command(name = "words", description = "Rebuild a language's common words (lower-case words of many texts), "
            + "which tell capitalised common words (\"Mining Law\") from names.")
    static final class Words implements Callable<Integer> {
        @Option(names = "--texts", required = true,
                description = "A folder of plain texts in the language (../shared/data/extraction-dev/pages for English).")
        Path texts;

        @Option(names = "--min-documents", description = "In how many texts a word must be written in lower case "
                + "(default: ${DEFAULT-VALUE}).")
        int minDocuments = 3;

        @Option(names = "--out", required = true, description = "The file to write (common-words.txt.gz).")
        Path out;

        @Override
        public Integer call() throws Exception {
            System.out.printf("wrote %,d common words to %s%n", CommonWordsBuilder.build(texts, minDocuments, out), out);
            return 0;
        }
    }
}
