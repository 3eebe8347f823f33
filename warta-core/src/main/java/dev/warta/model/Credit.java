package dev.warta.model;

/** A person (or desk code) credited for the article, e.g. "Redaktur: Ajat Sudrajat". */
public record Credit(String name, CreditRole role, Evidence evidence) {
}
