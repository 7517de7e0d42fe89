package dev.aigraph.graph;

/** Where a relation stands in time, as its sources say. */
public enum FactStatus {
    PLANNED, ACTIVE, ENDED
}
