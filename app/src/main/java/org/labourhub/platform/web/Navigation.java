package org.labourhub.platform.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Comparator;
import java.util.List;

/** The page header's navigation: the links the modules contribute, in their order, those the reader may see. */
@ControllerAdvice
class Navigation {

    private final List<NavigationLink> links;

    Navigation(List<NavigationLink> links) {
        this.links = links.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
    }

    @ModelAttribute("navigation")
    List<NavigationLink> navigation() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return links.stream().filter(link -> link.isShownTo(who)).toList();
    }
}
