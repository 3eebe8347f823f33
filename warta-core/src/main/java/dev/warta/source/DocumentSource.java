package dev.warta.source;

import dev.warta.model.ReadResult;
import java.util.stream.Stream;

/**
 * One input (a file, a directory, standard input) turned into raw documents. An item that cannot
 * be read becomes a {@link dev.warta.model.Failure}; the stream goes on with the next item.
 * Close the stream when done.
 */
public interface DocumentSource {
    Stream<ReadResult> read();
}
