package io.switchboard.telegram.mapping;

/**
 * Text for {@code parse_mode: HTML}, the one parse mode Switchboard uses: it needs only three characters escaped
 * (MarkdownV2 needs eighteen), so a business's text reaches the customer exactly as written.
 */
public final class HtmlText {

    public static final String PARSE_MODE = "HTML";

    private HtmlText() {}

    /** {@code text} with {@code &}, {@code <} and {@code >} escaped, the only characters HTML mode interprets. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    public static String bold(String text) {
        return "<b>" + escape(text) + "</b>";
    }

    public static String italic(String text) {
        return "<i>" + escape(text) + "</i>";
    }
}
