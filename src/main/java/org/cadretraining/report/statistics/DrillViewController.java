package org.cadretraining.report.statistics;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cadretraining.report.statistics.StatisticsRequests.Resolved;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The cadres and the courses behind the figures: filtered, sorted, paged, with their sums, and as workbooks. */
@Controller
class DrillViewController {

    private final StatisticsRequests requests;
    private final StatisticsLists lists;
    private final StatisticsWorkbooks workbooks;

    DrillViewController(StatisticsRequests requests, StatisticsLists lists, StatisticsWorkbooks workbooks) {
        this.requests = requests;
        this.lists = lists;
        this.workbooks = workbooks;
    }

    @GetMapping("/statistics/cadres")
    String cadres(
            @ModelAttribute("criteria") StatisticsCriteria criteria,
            BindingResult binding,
            @ModelAttribute("filter") CadreFilter filter,
            BindingResult filterBinding,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Resolved request = resolve(criteria, binding, filterBinding);
        String order = DrillSort.named(DrillSort.CADRES, sort, "name");
        model.addAttribute("result", lists.cadres(request.path(), request.period(), filter.checked(), order, page));
        model.addAttribute("rankName", lists.rankName(filter.rank()));
        describe(model, request, filter.asParams(), order, "/statistics/cadres", DrillSort.CADRES.keySet());
        return "report/statistics-cadres";
    }

    @GetMapping("/statistics/courses")
    String courses(
            @ModelAttribute("criteria") StatisticsCriteria criteria,
            BindingResult binding,
            @ModelAttribute("filter") CourseFilter filter,
            BindingResult filterBinding,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Resolved request = resolve(criteria, binding, filterBinding);
        String order = DrillSort.named(DrillSort.COURSES, sort, "date");
        model.addAttribute("result", lists.courses(request.path(), request.period(), filter.checked(), order, page));
        describe(model, request, filter.asParams(), order, "/statistics/courses", DrillSort.COURSES.keySet());
        return "report/statistics-courses";
    }

    @GetMapping("/statistics/cadres.xlsx")
    void cadresWorkbook(
            @ModelAttribute StatisticsCriteria criteria,
            BindingResult binding,
            @ModelAttribute CadreFilter filter,
            BindingResult filterBinding,
            @RequestParam(required = false) String sort,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Resolved request = resolve(criteria, binding, filterBinding);
        filter.checked();
        StatisticsWorkbooks.attachment(
                response, "statistics-cadres-" + request.period().label() + ".xlsx");
        workbooks.cadres(request, filter, sort, locale, response.getOutputStream());
    }

    @GetMapping("/statistics/courses.xlsx")
    void coursesWorkbook(
            @ModelAttribute StatisticsCriteria criteria,
            BindingResult binding,
            @ModelAttribute CourseFilter filter,
            BindingResult filterBinding,
            @RequestParam(required = false) String sort,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Resolved request = resolve(criteria, binding, filterBinding);
        filter.checked();
        StatisticsWorkbooks.attachment(
                response, "statistics-courses-" + request.period().label() + ".xlsx");
        workbooks.courses(request, filter, sort, locale, response.getOutputStream());
    }

    private Resolved resolve(StatisticsCriteria criteria, BindingResult binding, BindingResult filterBinding) {
        Resolved request = requests.resolve(criteria, binding, CurrentUser.get());
        StatisticsRequests.readable(filterBinding);
        return request;
    }

    /** What the page needs to link to itself: another order, another page, the export, the figures. */
    private static void describe(
            Model model,
            Resolved request,
            Map<String, Object> filter,
            String order,
            String path,
            java.util.Set<String> orders) {
        model.addAttribute("period", request.period());
        model.addAttribute("query", request.query());
        model.addAttribute("filterParams", filter);
        model.addAttribute("order", order);
        Map<String, String> sortLinks = new LinkedHashMap<>();
        for (String name : orders) {
            Map<String, Object> params = new LinkedHashMap<>(filter);
            params.put("sort", name);
            sortLinks.put(name, request.links().link(path, params));
        }
        model.addAttribute("sortLinks", sortLinks);
        Map<String, Object> sorted = new LinkedHashMap<>(filter);
        sorted.put("sort", order);
        model.addAttribute("pageLink", request.links().link(path, sorted) + "&page=");
        model.addAttribute("exportLink", request.links().link(path + ".xlsx", sorted));
    }
}
