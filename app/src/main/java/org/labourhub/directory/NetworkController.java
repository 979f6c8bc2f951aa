package org.labourhub.directory;

import org.labourhub.platform.web.RecordNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;
import java.util.Locale;

/** The networks and programmes, and the members of each. */
@Controller
class NetworkController {

    private final Networks networks;

    NetworkController(Networks networks) {
        this.networks = networks;
    }

    @GetMapping("/networks")
    String list(Locale locale, Model model) {
        model.addAttribute("networks", networks.all(locale));
        return "directory/networks";
    }

    @GetMapping("/networks/{key}")
    String show(@PathVariable String key, Model model) {
        NetworkRow network = networks.byKey(key).orElseThrow(() -> new RecordNotFound("network", key));
        List<NetworkMember> members = networks.members(network.id());
        model.addAttribute("network", network);
        model.addAttribute("countries", members.stream().filter(NetworkMember::country).toList());
        model.addAttribute("organisations", members.stream().filter(m -> !m.country()).toList());
        return "directory/network";
    }
}
