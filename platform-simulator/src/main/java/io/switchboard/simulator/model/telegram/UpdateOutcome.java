package io.switchboard.simulator.model.telegram;

/**
 * What became of an update the control API injected.
 *
 * @param updateId {@code null} when the bot did not subscribe to this kind of update
 * @param delivery {@code webhook} (pushed to the bot's webhook), {@code queued} (waiting for {@code getUpdates}) or
 *     {@code dropped} (not among the bot's {@code allowed_updates})
 * @param status the webhook's HTTP status on the first attempt; {@code null} when not pushed, not pushed yet (earlier
 *     updates are pending) or unreachable
 */
public record UpdateOutcome(Long updateId, String delivery, Integer status) {}
