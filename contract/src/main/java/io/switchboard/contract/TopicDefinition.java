package io.switchboard.contract;

/**
 * A topic the suite needs, for whoever provisions topics (the local broker, Strimzi {@code KafkaTopic}s).
 *
 * @param compacted keep only the latest record per key (directories and erasure requests), instead of a time window
 */
public record TopicDefinition(String name, boolean compacted) {}
