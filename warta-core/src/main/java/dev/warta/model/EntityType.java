package dev.warta.model;

/** The kinds of named entity warta resolves. */
public enum EntityType { PERSON, ORGANIZATION, LOCATION }
