package org.labourhub.projects.importing.iati;

import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * The values of {@link EveryElementFile}, with codes from the IATI 2.03 codelists. Three kinds of activity, in turn:
 * <ol>
 * <li>an ILO project with everything at activity level (countries, regions, sectors, budgets);</li>
 * <li>the special cases: countries and one region on the transactions (none on the activity), Kosovo (XK), region
 * 1032, all thirteen transaction types with amounts of up to six decimals, sector 11110 under vocabularies 1 and
 * 99 with two shares each adding to 100, and a participating organisation named in 700 characters;</li>
 * <li>a child of the first, with sectors and geography on its transactions and no budget (budget-not-provided).</li>
 * </ol>
 */
final class EveryElementValues {

    static final String REGION_URI = "https://labourhub.org/codes/region";
    static final String SECTOR_URI = "https://labourhub.org/codes/sector";
    static final String DOL_GRANT = "US-GOV-1-IL-35211-20-75-K";
    static final String LONG_NAME = "Regional Consortium for Fair Labour Migration and Decent Work in Central America, Mexico, "
            + "the Dominican Republic and the Western Balkans, formed by the ministries of labour of Guatemala, Honduras, "
            + "El Salvador, Costa Rica, Panama and Mexico, the Ministry of Finance, Labour and Transfers of Kosovo, the national "
            + "employers' organisations and the most representative workers' confederations of each of those countries, the "
            + "General Secretariat of the Central American Integration System, the Regional Conference on Migration, the "
            + "International Organization for Migration as technical partner, and the universities and training institutes "
            + "that run labour migration information centres along the corridors.";
    static final String[] TRANSACTION_COUNTRIES = {"GT", "HN", "SV", "XK", "CR", "PA", "MX", "CO", "EC", "PE", "BO", "DO"};
    static final String[] TRANSACTION_AMOUNTS = {"1234567.123456", "850000.00", "312500.75", "98765.432101", "1520.10",
            "25000.00", "4300.55", "15000.00", "12500.00", "200000.00", "1500000.00", "400000.00", "750000.5"};

    private static final String ILO = "International Labour Organization | Organisation internationale du Travail "
            + "| Organización Internacional del Trabajo | Organização Internacional do Trabalho";
    private static final String DOL = "United States Department of Labor | Département du Travail des États-Unis "
            + "| Departamento de Trabajo de los Estados Unidos | Departamento do Trabalho dos Estados Unidos";
    private static final String MINISTRY = " | | Ministerio del Trabajo de Colombia";

    private static final ValueTable ROOT = new ValueTable(null)
            .value("@version", "2.03")
            .value("@generated-datetime", "2024-05-06T09:30:00Z")
            .value("@linked-data-default", "https://labourhub.org/iati/activity/");

    private static final ValueTable FIRST = new ValueTable(null)
            .value("iati-activity/@last-updated-datetime", "2024-05-02T16:45:00Z")
            .value("iati-activity/@xml:lang", "en")
            .value("iati-activity/@default-currency", "USD")
            .value("iati-activity/@humanitarian", "1")
            .value("iati-activity/@hierarchy", "1")
            .value("iati-activity/@budget-not-provided", (String) null)
            .value(EveryElementWriter.EXTENSION_ELEMENT, "Checked against the ministry's records on 30 April 2024")
            .value("reporting-org/@ref", "XM-DAC-41302").value("reporting-org/@type", "40")
            .value("reporting-org/@secondary-reporter", "0")
            .narrative("reporting-org/narrative", ILO)
            .narrative("iati-activity/title/narrative", "Labour inspection for decent work in the Andean countries "
                    + "| Inspection du travail pour un travail décent dans les pays andins "
                    + "| Inspección del trabajo para el trabajo decente en los países andinos "
                    + "| Inspeção do trabalho para o trabalho decente nos países andinos")
            .count("iati-activity/description", 3).value("iati-activity/description/@type", "1", "2", "3")
            .narrative("iati-activity/description/narrative",
                    "Strengthens labour inspectorates so that they prevent child labour and forced labour. "
                            + "| Renforce les inspections du travail pour prévenir le travail des enfants et le travail forcé. "
                            + "| Fortalece las inspecciones del trabajo para prevenir el trabajo infantil y el trabajo forzoso. "
                            + "| Fortalece as inspeções do trabalho para prevenir o trabalho infantil e o trabalho forçado.",
                    "More inspections in rural areas, and better use of what they find. "
                            + "| Davantage d'inspections en zone rurale, et un meilleur usage de leurs constats. "
                            + "| Más inspecciones en zonas rurales y mejor uso de sus hallazgos. "
                            + "| Mais inspeções em zonas rurais e melhor uso das suas constatações.",
                    "Labour inspectors, employers' and workers' organisations. "
                            + "| Inspecteurs du travail, organisations d'employeurs et de travailleurs. "
                            + "| Inspectores del trabajo, organizaciones de empleadores y de trabajadores. "
                            + "| Inspetores do trabalho, organizações de empregadores e de trabalhadores.")
            .count("participating-org", 4)
            .value("participating-org/@ref", "US-GOV-1", "XM-DAC-41302", "XM-DAC-41302", "CO-NIT-830115226")
            .value("participating-org/@type", "10", "40", "40", "10")
            .value("participating-org/@role", "1", "2", "3", "4")
            .value("participating-org/@activity-id", DOL_GRANT, null, null, null)
            .value("participating-org/@crs-channel-code", "11000", "41302", "41302", "12000")
            .narrative("participating-org/narrative", DOL, ILO, ILO, MINISTRY)
            .value("other-identifier/@ref", "COL/21/01/USA").value("other-identifier/@type", "A1")
            .value("owner-org/@ref", "XM-DAC-41302").narrative("owner-org/narrative", ILO)
            .value("activity-status/@code", "2")
            .count("activity-date", 3).value("activity-date/@type", "1", "2", "3")
            .value("activity-date/@iso-date", "2021-01-01", "2021-03-15", "2025-12-31")
            .narrative("activity-date/narrative", "", "Started once the agreement with the ministry was signed "
                    + "| Commencé après la signature de l'accord avec le ministère "
                    + "| Iniciado tras la firma del acuerdo con el ministerio "
                    + "| Iniciado após a assinatura do acordo com o ministério", "")
            .value("contact-info/@type", "1")
            .narrative("contact-info/organisation/narrative", "ILO Office for the Andean Countries "
                    + "| Bureau de l'OIT pour les pays andins | Oficina de la OIT para los Países Andinos "
                    + "| Escritório da OIT para os Países Andinos")
            .narrative("contact-info/department/narrative", "Labour Administration and Inspection "
                    + "| Administration et inspection du travail | Administración e inspección del trabajo "
                    + "| Administração e inspeção do trabalho")
            .narrative("contact-info/person-name/narrative", " | | Ana María Rojas")
            .narrative("contact-info/job-title/narrative", "Chief Technical Adviser | Conseillère technique principale "
                    + "| Asesora técnica principal | Assessora técnica principal")
            .count("contact-info/telephone", 2).value("contact-info/telephone", "+51 1 615 0300", "+51 1 615 0400")
            .value("contact-info/email", "lima@ilo.org").value("contact-info/website", "https://www.ilo.org/lima")
            .narrative("contact-info/mailing-address/narrative", "Las Flores 275, San Isidro, Lima 27, Peru "
                    + "| Las Flores 275, San Isidro, Lima 27, Pérou | Las Flores 275, San Isidro, Lima 27, Perú "
                    + "| Las Flores 275, San Isidro, Lima 27, Peru")
            .value("activity-scope/@code", "3")
            .count("iati-activity/recipient-country", 2).value("iati-activity/recipient-country/@code", "CO", "PE")
            .value("iati-activity/recipient-country/@percentage", "35", "35")
            .narrative("iati-activity/recipient-country/narrative", "Colombia | Colombie | Colombia | Colômbia",
                    "Peru | Pérou | Perú | Peru")
            .count("iati-activity/recipient-region", 2).value("iati-activity/recipient-region/@code", "489", "ANDEAN")
            .value("iati-activity/recipient-region/@vocabulary", "1", "99")
            .value("iati-activity/recipient-region/@vocabulary-uri", null, REGION_URI)
            .value("iati-activity/recipient-region/@percentage", "30", "30")
            .narrative("iati-activity/recipient-region/narrative",
                    "South America | Amérique du Sud | América del Sur | América do Sul",
                    "Andean Community | Communauté andine | Comunidad Andina | Comunidade Andina")
            .value("location/@ref", "CO-BOG").value("location-reach/@code", "1")
            .value("location-id/@vocabulary", "G1").value("location-id/@code", "3688689")
            .narrative("location/name/narrative", "Bogotá | Bogota | Bogotá | Bogotá")
            .narrative("location/description/narrative", "Regional training centre for labour inspectors "
                    + "| Centre régional de formation des inspecteurs du travail "
                    + "| Centro regional de formación de inspectores del trabajo "
                    + "| Centro regional de formação de inspetores do trabalho")
            .narrative("location/activity-description/narrative", "Training of labour inspectors "
                    + "| Formation des inspecteurs du travail | Formación de inspectores del trabajo "
                    + "| Formação de inspetores do trabalho")
            .count("location/administrative", 2).value("administrative/@vocabulary", "A4", "A5")
            .value("administrative/@level", "0", "1").value("administrative/@code", "CO", "CO-DC")
            .value("point/@srsName", "http://www.opengis.net/def/crs/EPSG/0/4326").value("point/pos", "4.6097 -74.0817")
            .value("exactness/@code", "1").value("location-class/@code", "2").value("feature-designation/@code", "PPLC")
            .count("iati-activity/sector", 3).value("iati-activity/sector/@vocabulary", "1", "1", "2")
            .value("iati-activity/sector/@vocabulary-uri", (String) null)
            .value("iati-activity/sector/@code", "16020", "11330", "160")
            .value("iati-activity/sector/@percentage", "60", "40", "100")
            .narrative("iati-activity/sector/narrative", "", "", "Other social infrastructure and services "
                    + "| Autres infrastructures et services sociaux | Otra infraestructura y servicios sociales "
                    + "| Outras infraestruturas e serviços sociais")
            .count("tag", 2).value("tag/@vocabulary", "3", "99").value("tag/@code", "8.7", "CHILD_LABOUR")
            .value("tag/@vocabulary-uri", null, "https://labourhub.org/codes/theme")
            .narrative("tag/narrative", "", "Child labour | Travail des enfants | Trabajo infantil | Trabalho infantil")
            .value("country-budget-items/@vocabulary", "2").count("budget-item", 2)
            .value("budget-item/@code", "3604", "3602").value("budget-item/@percentage", "70", "30")
            .narrative("budget-item/description/narrative",
                    "Fundamental rights at work and social dialogue | Droits fondamentaux au travail et dialogue social "
                            + "| Derechos fundamentales del trabajo y diálogo social "
                            + "| Direitos fundamentais do trabalho e diálogo social",
                    "Employment creation and formalisation | Création et formalisation de l'emploi "
                            + "| Generación y formalización del empleo | Geração e formalização do emprego")
            .count("humanitarian-scope", 2).value("humanitarian-scope/@type", "1", "2")
            .value("humanitarian-scope/@vocabulary", "1-2", "99")
            .value("humanitarian-scope/@vocabulary-uri", null, "https://labourhub.org/codes/appeal")
            .value("humanitarian-scope/@code", "FL-2022-000120-COL", "LH-APPEAL-2022")
            .narrative("humanitarian-scope/narrative", "Floods in La Mojana, 2022 | Inondations de La Mojana, 2022 "
                            + "| Inundaciones en La Mojana, 2022 | Enchentes em La Mojana, 2022",
                    "Employment appeal | Appel pour l'emploi | Llamamiento para el empleo | Apelo pelo emprego")
            .count("policy-marker", 2).value("policy-marker/@vocabulary", "1", "99")
            .value("policy-marker/@vocabulary-uri", null, "https://labourhub.org/codes/policy")
            .value("policy-marker/@code", "1", "ILS").value("policy-marker/@significance", "1", null)
            .narrative("policy-marker/narrative", "", "International labour standards "
                    + "| Normes internationales du travail | Normas internacionales del trabajo "
                    + "| Normas internacionais do trabalho")
            .value("collaboration-type/@code", "1").value("default-flow-type/@code", "10")
            .value("default-finance-type/@code", "110").value("default-tied-status/@code", "5")
            .count("default-aid-type", 2).value("default-aid-type/@vocabulary", "1", "4")
            .value("default-aid-type/@code", "C01", "1")
            .count("budget", 2).value("budget/@type", "1").value("budget/@status", "2")
            .value("budget/period-start/@iso-date", "2024-01-01", "2025-01-01")
            .value("budget/period-end/@iso-date", "2024-12-31", "2025-12-31")
            .value("budget/value", "450000.00", "500000.00").value("budget/value/@value-date", "2024-01-01", "2025-01-01")
            .value("@currency", "USD")
            .count("planned-disbursement", 2).value("planned-disbursement/@type", "1")
            .value("planned-disbursement/period-start/@iso-date", "2024-01-01", "2024-07-01")
            .value("planned-disbursement/period-end/@iso-date", "2024-06-30", "2024-12-31")
            .value("planned-disbursement/value", "250000.00", "200000.00")
            .value("planned-disbursement/value/@value-date", "2024-01-01", "2024-07-01")
            .value("provider-org/@ref", "US-GOV-1", "XM-DAC-41302", "XM-DAC-41302")
            .value("provider-org/@type", "10", "40", "40").narrative("provider-org/narrative", DOL, ILO, ILO)
            .value("receiver-org/@ref", "XM-DAC-41302", "CO-NIT-830115226", "CO-NIT-830115226")
            .value("receiver-org/@type", "40", "10", "10").narrative("receiver-org/narrative", ILO, MINISTRY, MINISTRY)
            .value("planned-disbursement/provider-org/@ref", "US-GOV-1")
            .value("planned-disbursement/provider-org/@type", "10").narrative("planned-disbursement/provider-org/narrative", DOL)
            .value("planned-disbursement/receiver-org/@ref", "XM-DAC-41302")
            .value("planned-disbursement/receiver-org/@type", "40").narrative("planned-disbursement/receiver-org/narrative", ILO)
            .value("capital-spend/@percentage", "12.5")
            .count("iati-activity/transaction", 3).value("transaction/@ref", "COL-2023-001", "COL-2023-002", "COL-2023-003")
            .value("transaction/@humanitarian", "0", "false", "1")
            .value("transaction-type/@code", "1", "2", "3")
            .value("transaction-date/@iso-date", "2023-02-15", "2023-03-01", "2023-06-30")
            .value("transaction/value", "1200000.00", "450000.00", "125000.50")
            .value("transaction/value/@value-date", "2023-02-15", "2023-03-01", "2023-06-30")
            .narrative("transaction/description/narrative",
                    "Funds received for the first phase | Fonds reçus pour la première phase "
                            + "| Fondos recibidos para la primera fase | Fundos recebidos para a primeira fase",
                    "Agreement with the Ministry of Labour | Accord avec le ministère du Travail "
                            + "| Acuerdo con el Ministerio del Trabajo | Acordo com o Ministério do Trabalho",
                    "First payment to the Ministry of Labour | Premier versement au ministère du Travail "
                            + "| Primer pago al Ministerio del Trabajo | Primeiro pagamento ao Ministério do Trabalho")
            .value("disbursement-channel/@code", "2").value("flow-type/@code", "10").value("finance-type/@code", "110")
            .value("transaction/aid-type/@vocabulary", "1").value("transaction/aid-type/@code", "C01")
            .value("tied-status/@code", "5")
            .count("transaction/sector", 0).count("transaction/recipient-country", 0).count("transaction/recipient-region", 0)
            .count("iati-activity/document-link", 2).count("iati-activity/document-link/category", 2, 1)
            .value("iati-activity/document-link/@url",
                    "https://www.ilo.org/lima/projects/labour-inspection-andes/project-document.pdf",
                    "https://labourhub.org/projects/labour-inspection-andes")
            .value("iati-activity/document-link/@format", "application/pdf", "text/html")
            .narrative("iati-activity/document-link/title/narrative", "Project document | Document de projet "
                    + "| Documento de proyecto | Documento de projeto", "Project page | Page du projet "
                    + "| Página del proyecto | Página do projeto")
            .value("iati-activity/document-link/category/@code", "A02", "A07", "A12")
            .count("iati-activity/document-link/language", 2, 4)
            .value("iati-activity/document-link/language/@code", "en", "es", "en", "fr", "es", "pt")
            .value("@url", "https://www.ilo.org/lima/projects/labour-inspection-andes/inspection-records-2023.pdf")
            .value("@format", "application/pdf")
            .narrative("title/narrative", "Inspection records, 2023 | Registres d'inspection, 2023 "
                    + "| Registros de inspección, 2023 | Registros de inspeção, 2023")
            .narrative("document-link/description/narrative", "Summary of the visits made and what they found "
                    + "| Résumé des visites effectuées et de leurs constats | Resumen de las visitas realizadas y sus hallazgos "
                    + "| Resumo das visitas realizadas e das suas constatações")
            .value("category/@code", "A08").value("document-link/language/@code", "es")
            .value("document-date/@iso-date", "2024-02-10")
            .value("related-activity/@type", "2")
            .value("legacy-data/@name", "Project code").value("legacy-data/@value", "COL/21/01/USA")
            .value("legacy-data/@iati-equivalent", "other-identifier")
            .value("conditions/@attached", "1").count("condition", 2).value("condition/@type", "1", "2")
            .narrative("condition/narrative", "The national labour inspection strategy is adopted "
                            + "| La stratégie nationale d'inspection du travail est adoptée "
                            + "| Se adopta la estrategia nacional de inspección del trabajo "
                            + "| A estratégia nacional de inspeção do trabalho é adotada",
                    "Progress reports are sent every quarter | Les rapports d'avancement sont envoyés chaque trimestre "
                            + "| Los informes de avance se envían cada trimestre "
                            + "| Os relatórios de progresso são enviados a cada trimestre")
            .value("result/@type", "1").value("result/@aggregation-status", "1")
            .narrative("result/title/narrative", "Labour inspectors trained | Inspecteurs du travail formés "
                    + "| Inspectores del trabajo formados | Inspetores do trabalho formados")
            .narrative("result/description/narrative", "Inspectors apply the new protocols for rural areas "
                    + "| Les inspecteurs appliquent les nouveaux protocoles pour les zones rurales "
                    + "| Los inspectores aplican los nuevos protocolos para zonas rurales "
                    + "| Os inspetores aplicam os novos protocolos para zonas rurais")
            .count("result/reference", 2).value("result/reference/@vocabulary", "1", "99")
            .value("result/reference/@code", "8", "R1")
            .value("result/reference/@vocabulary-uri", null, "https://labourhub.org/codes/result")
            .value("indicator/@measure", "1").value("indicator/@ascending", "1").value("indicator/@aggregation-status", "0")
            .narrative("indicator/title/narrative", "Labour inspectors trained | Inspecteurs du travail formés "
                    + "| Inspectores del trabajo formados | Inspetores do trabalho formados")
            .narrative("indicator/description/narrative", "Inspectors who passed the final test of the course "
                    + "| Inspecteurs ayant réussi l'examen final du cours | Inspectores que aprobaron el examen final del curso "
                    + "| Inspetores aprovados no exame final do curso")
            .count("indicator/reference", 2).value("indicator/reference/@vocabulary", "9", "99")
            .value("indicator/reference/@code", "8.8.2", "LH-IND-1")
            .value("indicator/reference/@indicator-uri", null, "https://labourhub.org/indicators/1")
            .value("baseline/@year", "2020").value("baseline/@iso-date", "2020-12-31").value("baseline/@value", "45")
            .value("baseline/location/@ref", "CO-BOG").value("period/target/location/@ref", "CO-BOG")
            .value("period/actual/location/@ref", "CO-BOG")
            .count("dimension", 2).value("dimension/@name", "sex").value("dimension/@value", "female", "male")
            .narrative("comment/narrative", "Counted from the course records | Compté d'après les registres des cours "
                    + "| Contado a partir de los registros de los cursos | Contado a partir dos registros dos cursos")
            .count("indicator/period", 2)
            .value("indicator/period/period-start/@iso-date", "2023-01-01", "2024-01-01")
            .value("indicator/period/period-end/@iso-date", "2023-12-31", "2024-12-31")
            .value("target/@value", "60", "120").value("actual/@value", "52", "118")
            .value("other-flags/@code", "1").value("other-flags/@significance", "1")
            .value("loan-terms/@rate-1", "4.5").value("loan-terms/@rate-2", "3.0")
            .value("repayment-type/@code", "1").value("repayment-plan/@code", "2")
            .value("commitment-date/@iso-date", "2021-01-15").value("repayment-first-date/@iso-date", "2026-01-15")
            .value("repayment-final-date/@iso-date", "2040-01-15")
            .value("loan-status/@year", "2023").value("loan-status/@value-date", "2023-12-31")
            .value("interest-received", "12000.00").value("principal-outstanding", "800000.00")
            .value("principal-arrears", "0").value("interest-arrears", "0").value("channel-code", "41302")
            .value("fss/@extraction-date", "2024-04-30").value("fss/@priority", "1").value("fss/@phaseout-year", "2027")
            .count("forecast", 3).value("forecast/@year", "2024", "2025", "2026")
            .value("forecast", "500000.00", "400000.00", "250000.00").value("forecast/@value-date", "2024-04-30");

    private static final ValueTable SECOND = new ValueTable(FIRST)
            .value("iati-activity/@humanitarian", "false")
            .narrative("iati-activity/title/narrative", "Fair labour migration in Central America and the Western Balkans "
                    + "| Migration de main-d'œuvre équitable en Amérique centrale et dans les Balkans occidentaux "
                    + "| Migración laboral equitativa en Centroamérica y los Balcanes Occidentales "
                    + "| Migração laboral equitativa na América Central e nos Bálcãs Ocidentais")
            .value("participating-org/@ref", "US-GOV-1", "XM-DAC-41302", "XM-DAC-41302", null)
            .value("participating-org/@type", "10", "40", "40", "21")
            .value("participating-org/@crs-channel-code", "11000", "41302", "41302", "21000")
            .narrative("participating-org/narrative", DOL, ILO, ILO, LONG_NAME)
            .count("iati-activity/recipient-country", 0).count("iati-activity/recipient-region", 0)
            .count("iati-activity/sector", 4).value("iati-activity/sector/@vocabulary", "1", "1", "99", "99")
            .value("iati-activity/sector/@vocabulary-uri", null, null, SECTOR_URI, SECTOR_URI)
            .value("iati-activity/sector/@code", "11110", "16020", "11110", "LABOUR-MIGRATION")
            .value("iati-activity/sector/@percentage", "60", "40", "25", "75")
            .narrative("iati-activity/sector/narrative", "", "", "Education policy | Politique de l'éducation "
                    + "| Política educativa | Política educacional", "Labour migration | Migration de main-d'œuvre "
                    + "| Migración laboral | Migração laboral")
            .count("iati-activity/transaction", 13)
            .value("transaction/@ref", numbered("MIG-2022-%02d"))
            .value("transaction-type/@code", numbered("%d"))
            .value("transaction-date/@iso-date", monthly()).value("transaction/value/@value-date", monthly())
            .value("transaction/value", TRANSACTION_AMOUNTS)
            .count("transaction/recipient-country", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0)
            .value("transaction/recipient-country/@code", TRANSACTION_COUNTRIES)
            .narrative("transaction/recipient-country/narrative", "", "", "", "Kosovo | Kosovo | Kosovo | Kosovo",
                    "", "", "", "", "", "", "", "")
            .count("transaction/recipient-region", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)
            .value("transaction/recipient-region/@code", "1032").value("transaction/recipient-region/@vocabulary", "1")
            .value("transaction/recipient-region/@vocabulary-uri", (String) null)
            .narrative("transaction/recipient-region/narrative", "Central America | Amérique centrale "
                    + "| Centroamérica | América Central");

    private static final ValueTable THIRD = new ValueTable(FIRST)
            .value("iati-activity/@humanitarian", "true").value("iati-activity/@hierarchy", "2")
            .value("iati-activity/@budget-not-provided", "3").count("budget", 0)
            .narrative("iati-activity/title/narrative", "Emergency employment after the floods in La Mojana, Colombia "
                    + "| Emplois d'urgence après les inondations de La Mojana (Colombie) "
                    + "| Empleo de emergencia tras las inundaciones en La Mojana, Colombia "
                    + "| Emprego de emergência após as enchentes em La Mojana, Colômbia")
            .value("activity-scope/@code", "6")
            .count("iati-activity/recipient-country", 0).count("iati-activity/recipient-region", 0)
            .count("iati-activity/sector", 0)
            .count("transaction/sector", 2).value("transaction/sector/@vocabulary", "1", "99")
            .value("transaction/sector/@vocabulary-uri", null, SECTOR_URI)
            .value("transaction/sector/@code", "16020", "EMERGENCY-EMPLOYMENT")
            .narrative("transaction/sector/narrative", "", "Emergency employment | Emplois d'urgence "
                    + "| Empleo de emergencia | Emprego de emergência")
            .count("transaction/recipient-country", 1, 0, 1).value("transaction/recipient-country/@code", "CO")
            .narrative("transaction/recipient-country/narrative", "")
            .count("transaction/recipient-region", 0, 1, 0).value("transaction/recipient-region/@code", "MOJANA")
            .value("transaction/recipient-region/@vocabulary", "99")
            .value("transaction/recipient-region/@vocabulary-uri", REGION_URI)
            .narrative("transaction/recipient-region/narrative", "La Mojana | La Mojana | La Mojana | La Mojana");

    private EveryElementValues() {
    }

    static ValueTable root() {
        return ROOT;
    }

    /** The table of the {@code index}-th activity (from 0): its kind's values, with its own identifiers. */
    static ValueTable activity(int index) {
        int kind = index % EveryElementFile.KINDS;
        String first = identifier(index - kind);
        String own = identifier(index);
        return new ValueTable(kind == 0 ? FIRST : kind == 1 ? SECOND : THIRD)
                .value("iati-identifier", own)
                .value("iati-activity/@linked-data-uri", "https://labourhub.org/iati/activity/" + own)
                .value(EveryElementWriter.EXTENSION_ATTRIBUTE, "LH-P%d".formatted(index + 1))
                .value("related-activity/@ref", kind == 0 ? identifier(index + 2) : first)
                .value("related-activity/@type", kind == 0 ? "2" : kind == 1 ? "3" : "1")
                .value("transaction/provider-org/@provider-activity-id", DOL_GRANT, own, own)
                .value("transaction/receiver-org/@receiver-activity-id", own, null, null)
                .value("planned-disbursement/provider-org/@provider-activity-id", DOL_GRANT)
                .value("planned-disbursement/receiver-org/@receiver-activity-id", own);
    }

    static String identifier(int index) {
        return "XM-DAC-41302-LH-%06d".formatted(index + 1);
    }

    private static String[] numbered(String format) {
        return IntStream.rangeClosed(1, 13).mapToObj(format::formatted).toArray(String[]::new);
    }

    private static String[] monthly() {
        return IntStream.range(0, 13).mapToObj(m -> LocalDate.of(2022, 1, 15).plusMonths(m).toString())
                .toArray(String[]::new);
    }
}
