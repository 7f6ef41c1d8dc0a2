package org.cadretraining.course;

import org.cadretraining.shared.LocalizedText;

/** Whom to ask about a course (联系人): a name in both languages, a phone number, an email address. */
public record Contact(LocalizedText name, String phone, String email) {

    public static final Contact NONE = new Contact(new LocalizedText("", ""), "", "");

    public Contact {
        name = name == null ? new LocalizedText("", "") : name;
        phone = phone == null ? "" : phone.strip();
        email = email == null ? "" : email.strip();
    }

    public boolean isEmpty() {
        return name.zh().isEmpty() && name.en().isEmpty() && phone.isEmpty() && email.isEmpty();
    }
}
