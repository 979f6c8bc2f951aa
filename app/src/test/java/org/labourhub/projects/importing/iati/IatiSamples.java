package org.labourhub.projects.importing.iati;

/** Small IATI 2.03 files made in the test, so each test shows exactly what it feeds the importer. */
public final class IatiSamples {

    private IatiSamples() {
    }

    public static String file(String... activities) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n"
                + String.join("\n", activities) + "\n</iati-activities>\n";
    }

    /** A complete, valid activity; {@code extra} is put before the budgets (e.g. more countries). */
    /** The activity without its title: a critical problem, which refuses it. */
    public static String withoutTitle(String activity) {
        return activity.replaceFirst("(?s)<title>.*?</title>", "");
    }

    public static String activity(String identifier, String titleEs, String country, String extra) {
        return """
                <iati-activity default-currency="USD" xml:lang="es" last-updated-datetime="2024-01-10T00:00:00Z">
                  <iati-identifier>%1$s</iati-identifier>
                  <reporting-org ref="XM-DAC-41302" type="40"><narrative>Organización Internacional del Trabajo</narrative></reporting-org>
                  <title><narrative>%2$s</narrative><narrative xml:lang="en">Project %1$s</narrative></title>
                  <description type="1"><narrative>Fortalecimiento de la inspección del trabajo</narrative></description>
                  <participating-org ref="US-GOV-1" role="1" type="10"><narrative>Departamento de Trabajo de los Estados Unidos</narrative></participating-org>
                  <participating-org ref="XM-DAC-41302" role="4" type="40"><narrative>OIT</narrative></participating-org>
                  <activity-status code="2"/>
                  <activity-date type="1" iso-date="2020-01-01"/>
                  <activity-date type="3" iso-date="2023-12-31"/>
                  <recipient-country code="%3$s" percentage="100"/>
                  <sector vocabulary="1" code="16020" percentage="100"/>
                  <tag vocabulary="3" code="8.7"/>
                  <tag vocabulary="99" vocabulary-uri="https://labourhub.org/codes/theme" code="CHILD_LABOUR"/>
                  <collaboration-type code="1"/>
                  %4$s
                  <budget type="1" status="1">
                    <period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/>
                    <value currency="USD" value-date="2020-01-01">100000.00</value>
                  </budget>
                  <transaction>
                    <transaction-type code="4"/><transaction-date iso-date="2020-06-30"/>
                    <value currency="USD" value-date="2020-06-30">40000.50</value>
                  </transaction>
                  <document-link format="application/pdf" url="https://example.org/report.pdf">
                    <title><narrative>Informe</narrative></title><category code="A07"/>
                  </document-link>
                  <result type="1"><title><narrative>Inspectores formados</narrative></title>
                    <indicator measure="1"><title><narrative>Número de inspectores</narrative></title>
                      <baseline year="2019" value="0"/>
                      <period><period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/><target value="120"/><actual value="95"/></period>
                    </indicator>
                  </result>
                </iati-activity>""".formatted(identifier, titleEs, country, extra);
    }
}
