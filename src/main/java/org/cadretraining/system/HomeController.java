package org.cadretraining.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; the home page after sign-in is the report module's. */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
