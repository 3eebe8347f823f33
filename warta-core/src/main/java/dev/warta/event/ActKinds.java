package dev.warta.event;

/**
 * The kinds of act, by a trigger's CAMEO code, that the rules reading one trigger by its neighbours ask about:
 * a request asks for what follows it, a promise or threat undertakes it, a protest may be for it.
 */
final class ActKinds {
    private static final String APPEAL_ROOT = "02";
    private static final String INTEND_ROOT = "03";
    private static final String CONSULT_ROOT = "04";
    private static final String YIELD_ROOT = "08";
    private static final String DEMAND_ROOT = "10";
    private static final String REJECT_ROOT = "12";
    private static final String THREATEN_ROOT = "13";
    private static final String PROTEST_ROOT = "14";
    private static final String CONFISCATE = "1711";

    private ActKinds() {
    }

    /** Whether the trigger appeals for or demands something (CAMEO 02x, 10x). */
    static boolean request(Trigger t) {
        String root = t.entry().cameo().substring(0, 2);
        return root.equals(APPEAL_ROOT) || root.equals(DEMAND_ROOT);
    }

    /** Whether the trigger promises or threatens something (CAMEO 03x, 13x), so its content may follow it. */
    static boolean undertaking(Trigger t) {
        String root = t.entry().cameo().substring(0, 2);
        return root.equals(INTEND_ROOT) || root.equals(THREATEN_ROOT);
    }

    /** Whether the trigger lets or asks someone do something: appeals, demands, yielding (CAMEO 02x, 10x, 08x). */
    static boolean lets(Trigger t) {
        return request(t) || t.entry().cameo().startsWith(YIELD_ROOT);
    }

    /** Whether the trigger demands or refuses something, which a protest may be for (CAMEO 02x, 10x, 12x). */
    static boolean aim(Trigger t) {
        return request(t) || t.entry().cameo().startsWith(REJECT_ROOT);
    }

    static boolean protest(Trigger t) {
        return t.entry().cameo().startsWith(PROTEST_ROOT);
    }

    static boolean threat(Trigger t) {
        return t.entry().cameo().startsWith(THREATEN_ROOT);
    }

    static boolean consultation(Trigger t) {
        return t.entry().cameo().startsWith(CONSULT_ROOT);
    }

    /** Whether the trigger seizes property (CAMEO 1711), which is taken from someone. */
    static boolean confiscation(Trigger t) {
        return t.entry().cameo().equals(CONFISCATE);
    }
}
