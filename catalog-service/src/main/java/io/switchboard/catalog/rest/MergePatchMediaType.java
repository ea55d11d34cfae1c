package io.switchboard.catalog.rest;

/** The media type of RFC 7396 JSON merge patches; PATCH also takes plain application/json with the same meaning. */
final class MergePatchMediaType {

    static final String VALUE = "application/merge-patch+json";

    private MergePatchMediaType() {}
}
