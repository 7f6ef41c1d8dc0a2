package org.cadretraining.leave;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A request for leave as typed: for whom (the organiser may ask for a trainee; a cadre asks for themselves), the
 * agenda items and whole days, and the reason.
 */
class LeaveForm {

    private Long cadreId;
    private List<Long> itemIds = new ArrayList<>();
    private List<LocalDate> days = new ArrayList<>();
    private String reason = "";

    public Long getCadreId() {
        return cadreId;
    }

    public void setCadreId(Long cadreId) {
        this.cadreId = cadreId;
    }

    public List<Long> getItemIds() {
        return itemIds;
    }

    public void setItemIds(List<Long> itemIds) {
        this.itemIds = itemIds == null ? new ArrayList<>() : itemIds;
    }

    public List<LocalDate> getDays() {
        return days;
    }

    public void setDays(List<LocalDate> days) {
        this.days = days == null ? new ArrayList<>() : days;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
