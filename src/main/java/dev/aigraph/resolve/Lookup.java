package dev.aigraph.resolve;

import java.util.List;

/** What the gazetteer says about a name. */
public sealed interface Lookup permits Lookup.Found, Lookup.Ambiguous, Lookup.Unknown {

    record Found(GazetteerEntry entry) implements Lookup {
    }

    /** Two or more entries answer to the name ("Gemini": the model and the app). */
    record Ambiguous(List<GazetteerEntry> candidates) implements Lookup {
    }

    /** No entry; {@link Gazetteer#nearMisses} tells which names it may have meant. */
    record Unknown() implements Lookup {
    }
}
