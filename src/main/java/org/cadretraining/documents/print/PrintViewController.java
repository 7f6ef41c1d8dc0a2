package org.cadretraining.documents.print;

import org.cadretraining.shared.CurrentUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The desk's printed documents, downloaded from the course page in the reader's language. */
@Controller
class PrintViewController {

    private final BadgeSheets badges;
    private final RoomLists rooms;

    PrintViewController(BadgeSheets badges, RoomLists rooms) {
        this.badges = badges;
        this.rooms = rooms;
    }

    @GetMapping("/courses/{id}/badges.pdf")
    ResponseEntity<byte[]> badges(@PathVariable long id) {
        return badges.badges(id, CurrentUser.get(), LocaleContextHolder.getLocale())
                .response();
    }

    @GetMapping("/courses/{id}/table-cards.pdf")
    ResponseEntity<byte[]> tableCards(@PathVariable long id, @RequestParam(required = false) String role) {
        return badges.tableCards(id, role, CurrentUser.get(), LocaleContextHolder.getLocale())
                .response();
    }

    @GetMapping("/courses/{id}/rooms.pdf")
    ResponseEntity<byte[]> roomsPdf(@PathVariable long id) {
        return rooms.pdf(id, CurrentUser.get(), LocaleContextHolder.getLocale()).response();
    }

    @GetMapping("/courses/{id}/rooms.xlsx")
    ResponseEntity<byte[]> roomsXlsx(@PathVariable long id) {
        return rooms.xlsx(id, CurrentUser.get(), LocaleContextHolder.getLocale())
                .response();
    }

    @GetMapping("/courses/{id}/rooms-template.xlsx")
    ResponseEntity<byte[]> roomsTemplate(@PathVariable long id) {
        return rooms.template(id, CurrentUser.get(), LocaleContextHolder.getLocale())
                .response();
    }
}
