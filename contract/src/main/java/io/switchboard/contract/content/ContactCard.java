package io.switchboard.contract.content;

import java.util.List;

/** One shared contact (a vCard, reduced to what businesses use). */
public record ContactCard(String formattedName, List<String> phones, List<String> emails, String organization) {

    public ContactCard {
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
    }
}
