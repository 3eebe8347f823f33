package dev.warta.store;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One stored event ({@code event} as in warta.document/1) with the article it was read in: {@code id} is
 * {@code <article id>#<index in the article's events>}.
 */
public record EventRecord(String id, String articleId, String title, String outlet, String published, JsonNode event) {
}
