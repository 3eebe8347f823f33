package dev.warta.store;

/**
 * An entity by its name, its type ({@code person}, {@code organization}, {@code location}; null if unknown)
 * and how many articles name it.
 */
public record EntityCount(String name, String type, int articles) {
}
