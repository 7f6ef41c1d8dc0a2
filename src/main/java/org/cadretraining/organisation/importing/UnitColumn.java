package org.cadretraining.organisation.importing;

/** The columns of a unit file. */
enum UnitColumn implements Column {
    CODE("code", true, 32, "单位编码", "编码", "单位代码", "代码", "unit_code"),
    NAME_ZH("name_zh", true, 200, "单位名称", "名称", "中文名称", "名称(中文)", "name"),
    NAME_EN("name_en", false, 200, "英文名称", "名称(英文)", "单位英文名称"),
    PARENT_CODE("parent_code", false, 32, "上级单位编码", "上级编码", "上级单位代码", "parent"),
    KIND("kind", true, 40, "单位类型", "类型", "type"),
    ACTIVE("active", false, 8, "启用", "是否启用", "有效");

    private final Spec spec;

    UnitColumn(String key, boolean required, int maxLength, String... headings) {
        this.spec = new Spec(key, required, maxLength, headings);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
