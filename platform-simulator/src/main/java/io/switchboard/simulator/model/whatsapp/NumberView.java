package io.switchboard.simulator.model.whatsapp;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A number as the control API shows it: its registration (secrets included: this is a test tool) and webhook. */
public record NumberView(@JsonUnwrapped WhatsAppNumber number, String webhookUrl, int webhookDeliveries) {}
