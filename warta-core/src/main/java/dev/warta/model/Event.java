package dev.warta.model;

/**
 * A coded political event: who did what to whom, when and where, with the trigger and the clause that
 * support it. The CAMEO root and base are the first two and three digits of the code; {@code dateBasis}
 * says whether the date was stated in the clause or is the article's.
 */
public record Event(EventActor source, EventActor target, String cameoCode, String ploverType, String ploverMode,
                    int quadClass, double goldstein, DateValue date, DateBasis dateBasis, EventLocation location,
                    Span trigger, Span evidence) {

    /** Where an event's date comes from. */
    public enum DateBasis { TEXT, ARTICLE }

    public String cameoRoot() {
        return cameoCode.substring(0, 2);
    }

    public String cameoBase() {
        return cameoCode.substring(0, Math.min(3, cameoCode.length()));
    }
}
