package io.switchboard.whatsapp.mapping;

/**
 * WhatsApp's documented limits on what a business sends (Cloud API message reference and the spec's
 * {@code InteractiveObject}, {@code SectionObject}, {@code HeaderObject} schemas).
 */
final class WhatsAppLimits {

    static final int TEXT_BODY = 4096;
    static final int MEDIA_CAPTION = 1024;
    static final int BUTTONS = 3;
    static final int BUTTON_TITLE = 20;
    static final int BUTTON_ID = 256;
    static final int INTERACTIVE_BODY = 1024;
    static final int LIST_BODY = 4096;
    static final int LIST_BUTTON_LABEL = 20;
    static final int LIST_SECTIONS = 10;
    static final int LIST_ROWS = 10;
    static final int LIST_SECTION_TITLE = 24;
    static final int LIST_ROW_TITLE = 24;
    static final int LIST_ROW_DESCRIPTION = 72;
    static final int LIST_ROW_ID = 200;
    static final int HEADER_TEXT = 60;
    static final int FOOTER_TEXT = 60;
    /** The label of a call-to-action URL button ({@code display_text}). */
    static final int LINK_BUTTON_LABEL = 20;

    static final int PRODUCT_LIST_SECTIONS = 10;
    static final int PRODUCT_LIST_ITEMS = 30;
    static final int PRODUCT_SECTION_TITLE = 24;

    private WhatsAppLimits() {}
}
