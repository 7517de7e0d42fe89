package dev.aigraph.ingest;

import java.util.List;
import java.util.function.Function;

import dev.aigraph.graph.Evidence;
import dev.aigraph.graph.Fact;

/**
 * One unit of input, parsed: a statement line ({@code line}) or a JSON fact ({@code index}), with the facts it states
 * or the errors that stop it.
 */
record InputItem(Integer line, Integer index, List<FactInput> facts, List<InputError> errors,
                 List<InputError> warnings) {

    /**
     * A fact with its evidence and a way to point at its subject or object when resolution refuses the name.
     */
    record FactInput(Fact fact, Evidence evidence, Function<String, InputError> subjectError,
                     Function<String, InputError> objectError) {
    }
}
