package dev.warta.source;

/**
 * Thrown with the one-line reason an item cannot be read (empty, binary, too large, corrupt); the
 * source turns it into a {@link dev.warta.model.Failure} and goes on with the next item.
 */
final class Unreadable extends Exception {
    Unreadable(String reason) {
        super(reason, null, false, false);
    }
}
