package org.cadretraining.organisation.importing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.UnitKind;

/** How the values people type into a spreadsheet, in Chinese or English, are understood. */
final class CellValues {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private static final Map<String, Gender> GENDERS = Map.of(
            "男", Gender.MALE,
            "male", Gender.MALE,
            "m", Gender.MALE,
            "女", Gender.FEMALE,
            "female", Gender.FEMALE,
            "f", Gender.FEMALE);

    private static final Map<String, Boolean> YES_NO = Map.ofEntries(
            Map.entry("是", true),
            Map.entry("否", false),
            Map.entry("在职", true),
            Map.entry("离职", false),
            Map.entry("启用", true),
            Map.entry("停用", false),
            Map.entry("有效", true),
            Map.entry("无效", false),
            Map.entry("true", true),
            Map.entry("false", false),
            Map.entry("yes", true),
            Map.entry("no", false),
            Map.entry("y", true),
            Map.entry("n", false),
            Map.entry("1", true),
            Map.entry("0", false));

    private static final Map<String, UnitKind> KINDS = Map.ofEntries(
            Map.entry("党委", UnitKind.PARTY_COMMITTEE),
            Map.entry("部门", UnitKind.DEPARTMENT),
            Map.entry("职能部门", UnitKind.DEPARTMENT),
            Map.entry("学院", UnitKind.SCHOOL),
            Map.entry("学校", UnitKind.SCHOOL),
            Map.entry("二级学院", UnitKind.SCHOOL),
            Map.entry("校外机构", UnitKind.EXTERNAL_INSTITUTION),
            Map.entry("外部机构", UnitKind.EXTERNAL_INSTITUTION),
            Map.entry("校外培训机构", UnitKind.EXTERNAL_INSTITUTION),
            Map.entry("其他", UnitKind.OTHER),
            Map.entry("party committee", UnitKind.PARTY_COMMITTEE),
            Map.entry("department", UnitKind.DEPARTMENT),
            Map.entry("school", UnitKind.SCHOOL),
            Map.entry("college", UnitKind.SCHOOL),
            Map.entry("external institution", UnitKind.EXTERNAL_INSTITUTION),
            Map.entry("other", UnitKind.OTHER));

    private CellValues() {}

    static Optional<Gender> gender(String value) {
        return Optional.ofNullable(GENDERS.get(value.toLowerCase(Locale.ROOT)));
    }

    static Optional<Boolean> yesOrNo(String value) {
        return Optional.ofNullable(YES_NO.get(value.toLowerCase(Locale.ROOT)));
    }

    /** A unit kind by its Chinese or English name, or by its code such as {@code PARTY_COMMITTEE}. */
    static Optional<UnitKind> unitKind(String value) {
        String words =
                value.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ").strip();
        UnitKind kind = KINDS.get(words);
        if (kind != null) {
            return Optional.of(kind);
        }
        for (UnitKind candidate : UnitKind.values()) {
            if (candidate.name().replace('_', ' ').equalsIgnoreCase(words)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static boolean isEmail(String value) {
        return EMAIL.matcher(value).matches();
    }
}
