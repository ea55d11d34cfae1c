package io.switchboard.contract.inbound;

/** A product of the business's catalog that a message is about (WhatsApp {@code context.referred_product}). */
public record ProductReference(String catalogId, String productRetailerId) {}
