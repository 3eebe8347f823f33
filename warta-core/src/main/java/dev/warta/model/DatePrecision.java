package dev.warta.model;

/** How much of a date or time a text states. */
public enum DatePrecision { YEAR, MONTH, DAY, MINUTE, TIME }
