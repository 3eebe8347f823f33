package dev.warta.model;

/** What the content of a raw document is written in. */
public enum ContentType { TEXT, HTML }
