package dev.warta.store;

import java.util.List;

/** A page of entities, most named first, and how many match in all. */
public record EntityPage(long total, List<EntityCount> entities) {
}
