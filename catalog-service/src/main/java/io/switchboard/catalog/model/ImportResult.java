package io.switchboard.catalog.model;

/** What an import did: items new to the catalog, and items it replaced because their externalRef was known. */
public record ImportResult(int created, int updated) {}
