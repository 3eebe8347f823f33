/**
 * Shared views of an annotated text for the layers that read sentences and entities together
 * (quotes, events): the lower-cased words of a sentence with phrase lookup, and the entity mentions
 * by position.
 */
package dev.warta.text;
