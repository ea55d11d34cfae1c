package io.switchboard.catalog.model;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param page zero-based index of this page
 * @param size the page size asked for
 * @param totalElements matches across all pages
 */
public record Page<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <T> Page<T> of(List<T> content, int page, int size, long totalElements) {
        int totalPages = (int) ((totalElements + size - 1) / size);
        return new Page<>(content, page, size, totalElements, totalPages);
    }
}
