package io.switchboard.simulator.model;

/** An injected fault and how many more calls it will hit. */
public record ActiveFault(long id, Fault fault, int remaining) {}
