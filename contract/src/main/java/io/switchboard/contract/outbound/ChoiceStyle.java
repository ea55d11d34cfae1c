package io.switchboard.contract.outbound;

/** How choices are drawn: buttons under the message, or a list behind one button. */
public enum ChoiceStyle {
    BUTTONS,
    LIST
}
