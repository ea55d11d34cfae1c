package io.switchboard.whatsapp.rest;

/** The answer to Meta: the body's events are on Kafka. Meta reads only the status; the count helps debugging. */
public record WebhookAck(int events) {}
