package org.cadretraining.organisation.importing;

/** The columns of a cadre file. */
enum CadreColumn implements Column {
    STAFF_NUMBER("staff_number", true, 32, "工号", "职工号", "人员编号", "staff no", "staff id"),
    NAME("name", true, 100, "姓名", "名字"),
    NAME_EN("name_en", false, 100, "英文姓名", "姓名(英文)", "姓名拼音", "拼音", "name (english)", "english name"),
    GENDER("gender", false, 8, "性别", "sex"),
    UNIT_CODE("unit_code", true, 32, "单位编码", "单位代码", "所在单位编码"),
    POSITION_ZH("position_zh", false, 200, "职务", "职务(中文)", "中文职务"),
    POSITION_EN("position_en", false, 200, "职务(英文)", "英文职务"),
    RANK("rank", false, 100, "级别", "职级"),
    CATEGORY("category", false, 100, "类别", "干部类别", "人员类别"),
    PHONE("phone", false, 32, "电话", "联系电话", "手机", "手机号"),
    EMAIL("email", false, 200, "邮箱", "电子邮箱", "电子邮件", "e-mail"),
    NOTE("note", false, 500, "备注", "notes", "remark"),
    ACTIVE("active", false, 8, "在职", "是否在职");

    private final Spec spec;

    CadreColumn(String key, boolean required, int maxLength, String... headings) {
        this.spec = new Spec(key, required, maxLength, headings);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
