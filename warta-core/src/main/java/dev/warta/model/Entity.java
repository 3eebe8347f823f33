package dev.warta.model;

import java.util.List;
import java.util.Map;

/** One person, organization or place of a document, with every mention of it. */
public record Entity(String id, EntityType type, String name, List<String> aliases, List<Role> roles,
                     Map<String, String> links, List<Mention> mentions) {
    public Entity {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        links = Map.copyOf(links);
        mentions = List.copyOf(mentions);
    }
}
