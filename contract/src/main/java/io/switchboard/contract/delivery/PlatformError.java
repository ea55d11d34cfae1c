package io.switchboard.contract.delivery;

/**
 * An error as the platform reported it, so people can look it up in the platform's documentation.
 *
 * @param code the platform's error code as text (Graph API {@code 131047}, Bot API {@code 403})
 * @param title short, human-readable title
 * @param detail longer explanation, if any
 */
public record PlatformError(String code, String title, String detail) {}
