package io.switchboard.simulator.model;

/** Why the control API refused a request. */
public record ControlError(int status, String message) {}
