package org.cadretraining.system;

import java.beans.Introspector;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The name of a form field as a reader sees it, looked up in the bundles: {@code label.<form>.<field>} for a label
 * that only one form uses, else {@code label.<field>} shared by every form with a field of that name. Every
 * validation and binding message gets it as its first argument, so that "标题最多 300 字" names the field.
 */
final class FieldLabels {

    static final String PREFIX = "label.";

    private FieldLabels() {}

    static String formName(Class<?> type) {
        return type == null ? "" : Introspector.decapitalize(type.getSimpleName());
    }

    static DefaultMessageSourceResolvable of(String formName, String field) {
        String plain = field.replaceAll("\\[[^]]*]", "");
        String last = plain.substring(plain.lastIndexOf('.') + 1);
        return new DefaultMessageSourceResolvable(
                new String[] {PREFIX + formName + "." + plain, PREFIX + last}, null, field);
    }
}
