package org.labourhub.directory;

import org.labourhub.platform.Constituency;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.web.RecordNotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The directory as JSON under /api, the same resources as the pages. Multilingual text is given as stored:
 * {"original":"fr","fr":"…","en":"…"}.
 */
@RestController
@RequestMapping("/api")
class DirectoryApi {

    private final Countries countries;
    private final CountryListing countryListing;
    private final Organisations organisations;
    private final OrganisationListing organisationListing;
    private final PeopleListing people;
    private final FocalPointListing focalPoints;
    private final Networks networks;
    private final ExpertRoster experts;

    DirectoryApi(Countries countries, CountryListing countryListing, Organisations organisations,
                 OrganisationListing organisationListing, PeopleListing people, FocalPointListing focalPoints,
                 Networks networks, ExpertRoster experts) {
        this.countries = countries;
        this.countryListing = countryListing;
        this.organisations = organisations;
        this.organisationListing = organisationListing;
        this.people = people;
        this.focalPoints = focalPoints;
        this.networks = networks;
        this.experts = experts;
    }

    @GetMapping("/countries")
    List<Map<String, Object>> countries(@RequestParam(required = false) Region region,
                                        @RequestParam(required = false) Boolean oas) {
        return countryListing.find(region, oas, Locale.ENGLISH).stream().map(r -> country(r.country())).toList();
    }

    @GetMapping("/countries/{code}")
    Map<String, Object> country(@PathVariable String code) {
        Country country = CountryCode.parse(code).flatMap(countries::byCode)
                .orElseThrow(() -> new RecordNotFound("country", code));
        CountryProfile profile = countries.profile(new CountryCode(country.iso2())).orElseThrow();
        Map<String, Object> json = country(country);
        json.put("summary", text(profile.summary()));
        json.put("labourMinistryId", profile.labourMinistryId());
        var grouped = new LinkedHashMap<String, Object>();
        focalPoints.ofCountry(country.iso2()).forEach((constituency, rows) -> grouped.put(constituency.name(),
                rows.stream().map(DirectoryApi::focalPoint).toList()));
        json.put("focalPoints", grouped);
        json.put("memberships", networks.membershipsOfCountry(country.iso2()).stream().map(DirectoryApi::membership).toList());
        json.put("version", profile.version());
        return json;
    }

    @GetMapping("/organisations")
    List<Map<String, Object>> organisations(@RequestParam(required = false) OrganisationType type,
                                            @RequestParam(required = false) String country,
                                            @RequestParam(required = false) String q) {
        return organisationListing.find(type, FieldRules.orNull(country), q, Locale.ENGLISH).stream()
                .map(DirectoryApi::organisation).toList();
    }

    @GetMapping("/organisations/{id}")
    Map<String, Object> organisation(@PathVariable long id) {
        Organisation o = organisations.byId(id).orElseThrow(() -> new RecordNotFound("organisation", id));
        Map<String, Object> json = organisation(o.ref());
        json.put("description", text(o.description()));
        json.put("parentId", o.parentId());
        json.put("website", o.website());
        json.put("version", o.version());
        return json;
    }

    @GetMapping("/people")
    List<Map<String, Object>> people(@RequestParam(required = false) String country,
                                     @RequestParam(required = false) Constituency constituency) {
        return people.find(FieldRules.orNull(country), constituency).stream().map(p -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", p.id());
            json.put("name", p.name());
            json.put("position", text(p.position()));
            json.put("organisationId", p.organisation() == null ? null : p.organisation().id());
            json.put("country", p.countryIso2());
            json.put("languages", p.languages());
            json.put("focalPointFor", p.constituencies());
            return json;
        }).toList();
    }

    @GetMapping("/networks")
    List<Map<String, Object>> networks() {
        return networks.all(Locale.ENGLISH).stream().map(DirectoryApi::network).toList();
    }

    @GetMapping("/networks/{key}")
    Map<String, Object> network(@PathVariable String key) {
        NetworkRow network = networks.byKey(key).orElseThrow(() -> new RecordNotFound("network", key));
        Map<String, Object> json = network(network);
        json.put("members", networks.members(network.id()).stream().map(m -> {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put(m.country() ? "country" : "organisationId", m.country() ? m.ref() : Long.valueOf(m.ref()));
            member.put("role", m.role());
            member.put("since", m.since());
            return member;
        }).toList());
        return json;
    }

    @GetMapping("/experts")
    List<Map<String, Object>> experts(@RequestParam(required = false) String country,
                                      @RequestParam(required = false) String language) {
        return experts.find(null, FieldRules.orNull(country), FieldRules.orNull(language), Locale.ENGLISH).stream()
                .map(e -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("area", text(e.area()));
                    json.put("position", text(e.position()));
                    json.put("country", e.countryIso2());
                    json.put("languages", e.languages());
                    json.put("organisationId", e.organisation() == null ? null : e.organisation().id());
                    return json;
                }).toList();
    }

    private static Map<String, Object> country(Country c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("iso2", c.iso2());
        json.put("iso3", c.iso3());
        json.put("name", text(c.name()));
        json.put("oasMember", c.oasMember());
        json.put("region", c.region().name());
        return json;
    }

    private static Map<String, Object> organisation(OrganisationRef o) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", o.id());
        json.put("key", o.key());
        json.put("type", o.type().name());
        json.put("acronym", text(o.acronyms()));
        json.put("name", text(o.name()));
        json.put("country", o.countryIso2());
        return json;
    }

    private static Map<String, Object> network(NetworkRow n) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", n.key());
        json.put("acronym", text(n.acronyms()));
        json.put("name", text(n.name()));
        json.put("description", text(n.description()));
        json.put("members", n.members());
        return json;
    }

    private static Map<String, Object> focalPoint(FocalPointRow f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", f.id());
        json.put("personId", f.personId());
        json.put("position", text(f.position()));
        json.put("organisationId", f.organisation() == null ? null : f.organisation().id());
        json.put("network", f.networkKey());
        json.put("languages", f.languages());
        return json;
    }

    private static Map<String, Object> membership(NetworkMember m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("network", m.networkKey());
        json.put("role", m.role());
        json.put("since", m.since());
        return json;
    }

    static Map<String, String> text(MultilingualText text) {
        if (text == null) {
            return null;
        }
        var json = new LinkedHashMap<String, String>();
        json.put("original", text.original().code());
        text.translations().forEach((language, value) -> json.put(language.code(), value));
        return json;
    }
}
