package io.switchboard.catalog.model;

import java.util.List;

/** The answer to a search: the query as understood (folded, without filler words) and the hits, best first. */
public record SearchResults(List<String> terms, List<SearchHit> hits) {}
