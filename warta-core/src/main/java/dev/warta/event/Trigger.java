package dev.warta.event;

import dev.warta.lang.EventFrame;
import dev.warta.lang.EventLexicon;

/** An event trigger found at words [from, to) of a sentence, with the frame it is read in. */
record Trigger(int from, int to, EventLexicon.Trigger entry, EventFrame frame) {
}
