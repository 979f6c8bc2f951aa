package org.labourhub.accounts;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    private final MessageSource messages;

    SignInController(MessageSource messages) {
        this.messages = messages;
    }

    /** The sign-in form; after a throttled attempt, how long to wait, in words of the reader's language. */
    @GetMapping("/login")
    String signIn(@RequestParam(name = "error", required = false) String error,
                  @RequestParam(name = "wait", required = false) String waitSeconds, Model model) {
        if ("throttled".equals(error)) {
            long seconds = waitSeconds != null && waitSeconds.matches("\\d{1,6}")
                    ? Math.max(1, Long.parseLong(waitSeconds)) : 60;
            boolean inMinutes = seconds >= 120;
            model.addAttribute("wait", messages.getMessage(inMinutes ? "login.wait.minutes" : "login.wait.seconds",
                    new Object[]{inMinutes ? (seconds + 59) / 60 : seconds}, LocaleContextHolder.getLocale()));
        }
        return "accounts/login";
    }
}
