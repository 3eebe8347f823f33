package dev.warta.model;

/** The normalized role of a person credited for an article. */
public enum CreditRole { WRITER, EDITOR, REPORTER }
