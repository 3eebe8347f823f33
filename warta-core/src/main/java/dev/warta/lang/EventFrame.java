package dev.warta.lang;

/** How the words around an event trigger carry its actors. */
public enum EventFrame {
    /** Subject acts on the object ("menangkap", "arrested"). */
    ACTIVE,
    /** Subject undergoes; the doer follows the agent word or the verb ("ditangkap oleh polisi"). */
    PASSIVE,
    /** Both sides act; the other side follows the partner word ("bertemu dengan", "met with"). */
    RECIPROCAL,
    /** Only a doer ("berunjuk rasa", "protested"). */
    INTRANSITIVE,
    /** A nominalization; its sides follow it ("pertemuan antara X dan Y", "serangan X terhadap Y"). */
    NOUN,
    /** Subject receives from the doer after the source word ("menerima telepon dari X"); without one, as active. */
    RECEIVED,
    /**
     * Subject is received by the doer after the verb or agent word ("delegasi DPR diterima oleh Ketua ..."); only
     * a subject that opens its clause is received, one inside another noun is not ("laporan warga diterima polisi").
     */
    HOSTED
}
