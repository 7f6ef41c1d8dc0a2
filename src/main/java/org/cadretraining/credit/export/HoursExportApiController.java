package org.cadretraining.credit.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/credit/hours")
@Tag(
        name = "Hours for the cadre information system",
        description = "Every cadre of a unit subtree with their 学时 of one year: full-time training, online learning"
                + " and the total. Organisers and administrators for any unit, a unit liaison for their subtree.")
class HoursExportApiController {

    private final HoursExport export;

    HoursExportApiController(HoursExport export) {
        this.export = export;
    }

    @Operation(
            summary = "A year's hours per cadre, as JSON",
            description = "One object per cadre of the subtree, in staff number order; cadres without hours have 0."
                    + " Columns as in the CSV and XLSX: staff_number, name, unit_code, unit_name, year,"
                    + " full_time_hours, online_hours, total_hours.")
    @GetMapping
    List<CadreHours> hours(
            @Parameter(description = "the root unit of the subtree; the caller's whole scope when left out")
                    @RequestParam(required = false)
                    Long unitId,
            @Parameter(description = "the calendar year, 2000 to 2100") @RequestParam int year) {
        YearCheck.require(year);
        List<CadreHours> rows = new ArrayList<>();
        export.each(unitId, year, CurrentUser.get(), rows::add);
        return rows;
    }

    @Operation(summary = "The same as CSV (UTF-8 with BOM, header row of column names)")
    @GetMapping("/export.csv")
    void csv(@RequestParam(required = false) Long unitId, @RequestParam int year, HttpServletResponse response)
            throws IOException {
        YearCheck.require(year);
        export.csv(unitId, year, CurrentUser.get(), () -> {
            HoursExportController.attachment(response, "text/csv;charset=UTF-8", "credit-hours-" + year + ".csv");
            return response.getOutputStream();
        });
    }

    @Operation(summary = "The same as an XLSX workbook (one sheet, header row of column names)")
    @GetMapping("/export.xlsx")
    void xlsx(@RequestParam(required = false) Long unitId, @RequestParam int year, HttpServletResponse response)
            throws IOException {
        YearCheck.require(year);
        export.xlsx(unitId, year, CurrentUser.get(), () -> {
            HoursExportController.attachment(response, HoursExport.XLSX, "credit-hours-" + year + ".xlsx");
            return response.getOutputStream();
        });
    }
}
