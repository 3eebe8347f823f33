package dev.warta.model;

/** An outlet or body the article says it took its facts from ("dilansir dari The Straits Times"). */
public record CitedSource(String name, DateValue date, Evidence evidence) {
}
