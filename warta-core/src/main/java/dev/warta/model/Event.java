package dev.warta.model;

/** A coded political event: who did what to whom, when and where, with the clause supporting it. */
public record Event(EventActor source, EventActor target, String cameoCode, String ploverType, String ploverMode,
                    int quadClass, double goldstein, DateValue date, String location, Span evidence) {
}
