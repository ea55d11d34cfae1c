package io.switchboard.simulator.model.whatsapp;

/** A file a business uploads (or a test registers) before it becomes a media object. */
public record MediaFile(byte[] bytes, String mimeType, String fileName) {}
