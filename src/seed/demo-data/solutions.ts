import type { DemoSolution } from './types';

// Solutions as their providers describe them. Deployment references are demo content.
export const DEMO_SOLUTIONS: DemoSolution[] = [
  // ---------------------------------------------------------------- LIST
  {
    language: 'en',
    title: 'Sentinel-based crop mapping and in-season yield forecasting',
    summary:
      'Maps crops and forecasts yields during the season at district or sector level by combining Sentinel-1 radar, Sentinel-2 optical imagery, weather data and a small set of field observations.',
    description:
      "Developed by LIST's remote sensing and natural resources team, the processing chain classifies crops on small and irregular plots using both radar (which sees through clouds) and optical time series, then feeds crop-specific growth models with rainfall and temperature data to produce yield forecasts from mid-season onwards. Field data are collected with an open-source mobile form and used to calibrate the models each season. The chain runs in Python on a partner's own servers or on a European cloud, and all algorithms are published under the EUPL. We train GIS analysts of partner institutions so that they run the campaigns themselves after two seasons. Pilots: maize and beans in two Rwandan provinces with the national agricultural board, and grassland monitoring in Luxembourg. Outputs are GeoTIFF maps and CSV statistics compatible with national agricultural statistics.",
    provider: 'list',
    domainCodes: ['AGRICULTURE', 'DATA_STATISTICS'],
    principleCodes: ['BE_DATA_DRIVEN', 'OPEN_STANDARDS', 'BE_COLLABORATIVE'],
    tags: ['remote sensing', 'yield forecasting', 'sentinel', 'crop mapping', 'food security'],
    maturity: 'PILOT',
    openSource: true,
    countriesDeployed: ['RW', 'LU'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Hydrological flood forecasting coupled with impact-based warnings',
    summary:
      'A flood forecasting service that couples rainfall forecasts and satellite observations with hydrological models to predict river levels and flooded areas several days ahead, and turns them into local warning levels.',
    description:
      "The service builds on LIST's research in hydrology and satellite flood mapping. A distributed hydrological model is calibrated for each catchment with historical river gauge data and run daily with ensemble rainfall forecasts; Sentinel-1 flood maps are assimilated during events to correct the forecast. Results are translated into impact-based warning levels per municipality, agreed beforehand with civil protection and meteorological services, and exposed through a standard Common Alerting Protocol feed that any SMS, radio or cell broadcast channel can consume. The software runs on a modest Linux server; where gauge data are scarce, we rely on global datasets and satellite altimetry. Operational in the Alzette and Sûre basins in Luxembourg; a pilot for the Volta basin is being prepared with regional partners.",
    provider: 'list',
    domainCodes: ['EMERGENCY_COMMUNICATIONS', 'DATA_STATISTICS', 'AGRICULTURE'],
    principleCodes: ['BE_DATA_DRIVEN', 'OPEN_STANDARDS', 'BE_COLLABORATIVE'],
    tags: [
      'flood forecasting',
      'early warning',
      'hydrology',
      'common alerting protocol',
      'satellite',
    ],
    maturity: 'PILOT',
    openSource: false,
    countriesDeployed: ['LU', 'GH'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Low-power soil moisture sensors for irrigation scheduling',
    summary:
      'Solar-powered soil moisture probes that report over LoRaWAN and tell farmers by SMS when and how much to irrigate.',
    description:
      'A prototype developed with market gardeners and vineyards in Luxembourg and adapted for irrigated perimeters. Each probe measures soil moisture at three depths and sends a reading every hour over LoRaWAN to a gateway that can cover several kilometres; the gateway forwards data by 3G or satellite when available and buffers it otherwise. A simple water balance model combines the readings with evapotranspiration estimates and returns an irrigation recommendation by SMS or on a web dashboard. Probe cost is currently about 60 euros, and we are testing robustness in hot and dusty conditions. The firmware and the data model are open, and we look for partners to test it with rice and vegetable growers in the Sahel. Not yet suited to rain-fed agriculture.',
    provider: 'list',
    domainCodes: ['AGRICULTURE', 'INFRASTRUCTURE_TELECOM'],
    principleCodes: ['DESIGN_WITH_USER', 'OPEN_STANDARDS'],
    tags: ['iot', 'irrigation', 'lorawan', 'soil moisture'],
    maturity: 'PROTOTYPE',
    openSource: true,
    countriesDeployed: ['LU'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Low-cost air quality sensor network with open data publication',
    summary:
      'A network of calibrated low-cost particulate and NO2 sensors with an open data portal, for cities that lack reference monitoring stations.',
    description:
      'LIST has calibrated low-cost sensors against reference stations for several years and developed correction models that make their readings usable for public information and research. The package includes sensor nodes (mains or solar powered), a calibration service using co-location with one reference instrument, a data platform publishing hourly values through an OGC SensorThings API, and dashboards for municipalities. Data are released as open data under a Creative Commons licence. The network has run in Luxembourg City and Esch-sur-Alzette. We are considering adaptations for Sahelian cities, where desert dust dominates particulate pollution and requires different calibration. This entry is still a draft while we define an offer for partner countries.',
    provider: 'list',
    domainCodes: ['DATA_STATISTICS'],
    principleCodes: ['OPEN_STANDARDS', 'BE_DATA_DRIVEN'],
    tags: ['air quality', 'sensors', 'open data', 'sensorthings'],
    maturity: 'DEPLOYED',
    openSource: true,
    countriesDeployed: ['LU'],
    status: 'DRAFT',
  },
  // ---------------------------------------------------------------- SnT
  {
    language: 'en',
    title: 'Cross-operator fraud analytics for mobile money',
    summary:
      'Machine-learning models and a privacy-preserving data-sharing protocol that let mobile money operators and banks detect SIM-swap fraud, mule accounts and scam patterns across networks.',
    description:
      "Built by SnT's financial technology research group with an industry partner, the system trains graph-based and sequence models on transaction metadata to flag suspicious transfers, accounts that receive money from many unrelated victims, and SIM-swap events followed by unusual withdrawals. Operators keep their data: they share only pseudonymised fraud reports and model updates through a federated learning protocol, so no raw transaction data leave their premises. Each alert comes with an explanation (main features that triggered it) for investigators. The prototype was tested on synthetic data generated from real fraud patterns and on historical data from one African operator, reducing false positives by 40% compared with static rules. We seek a regulator-led pilot with two or more operators. Research licence; commercial licensing possible through the university.",
    provider: 'uni-snt',
    domainCodes: ['CONSUMER_PROTECTION', 'FINTECH', 'CYBERSECURITY'],
    principleCodes: ['BE_DATA_DRIVEN', 'PRIVACY_AND_SECURITY', 'BE_COLLABORATIVE'],
    tags: ['fraud detection', 'mobile money', 'federated learning', 'sim swap', 'machine learning'],
    maturity: 'PROTOTYPE',
    openSource: false,
    countriesDeployed: [],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Statistical disclosure control toolkit for census and survey microdata',
    summary:
      'An open-source toolkit and training that help statistics offices measure re-identification risk and produce public-use and scientific-use microdata files.',
    description:
      'The toolkit wraps established disclosure control methods (k-anonymity checks, local suppression, global recoding, micro-aggregation, post-randomisation and noise addition) in a guided web interface designed for statisticians who do not program. It estimates disclosure risk before and after anonymisation, measures the information loss on key indicators, and generates a documentation report for each released file. It runs locally on a Windows or Linux workstation, so confidential data never leave the statistics office. Interfaces exist in English and French. We add a three-week training and coaching programme on release policies and the set-up of a remote access facility for accredited researchers. Used in methodological cooperation with STATEC in Luxembourg and tested on labour force survey data in one North African country. Licence: EUPL 1.2.',
    provider: 'uni-snt',
    domainCodes: ['DATA_STATISTICS', 'CYBERSECURITY'],
    principleCodes: ['PRIVACY_AND_SECURITY', 'OPEN_STANDARDS', 'REUSE_AND_IMPROVE'],
    tags: ['anonymisation', 'microdata', 'disclosure control', 'official statistics', 'privacy'],
    maturity: 'PILOT',
    openSource: true,
    countriesDeployed: ['LU', 'TN'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Automated security analysis of Android financial and government apps',
    summary:
      'Static and dynamic analysis of Android apps that detects data leaks, insecure storage and vulnerable libraries before an app is published or licensed.',
    description:
      'Based on a decade of SnT research on Android security, the service analyses app packages without access to their source code: it tracks sensitive data flows (location, contacts, credentials) to network or logs, finds hard-coded keys, weak cryptography, exported components and outdated third-party libraries with known vulnerabilities, and produces a report ranked by severity. Regulators can use it to assess wallets and digital lending apps before licensing them, and agencies to check their own e-government apps. The tools run on a Linux server; a hosted version is available for research collaborations. Analyses have covered thousands of apps from app stores, including many from African markets, for research publications. Technical reports are in English; we can co-supervise local researchers to operate the tools.',
    provider: 'uni-snt',
    domainCodes: ['CYBERSECURITY', 'FINTECH', 'CONSUMER_PROTECTION'],
    principleCodes: ['PRIVACY_AND_SECURITY', 'BE_COLLABORATIVE'],
    tags: ['mobile security', 'android', 'app analysis', 'vulnerabilities'],
    maturity: 'PROTOTYPE',
    openSource: true,
    countriesDeployed: ['LU'],
    status: 'PUBLISHED',
  },
  {
    language: 'fr',
    title: "Audit de sécurité des systèmes d'identité numérique et de signature électronique",
    summary:
      "Évaluation indépendante, par des chercheurs en cryptographie et en sécurité, de l'architecture et des protocoles des systèmes d'identité numérique, d'état civil et de signature électronique.",
    description:
      "L'équipe de recherche en cryptographie appliquée du SnT réalise des audits de conception et d'implémentation des systèmes d'identification : enrôlement biométrique, carte d'identité électronique, authentification mobile, signature à distance et services de confiance. L'audit combine l'analyse formelle des protocoles, la revue de code ciblée, des tests d'intrusion sur les interfaces exposées et l'évaluation des mesures de protection des données (minimisation, chiffrement, journalisation). Le rapport, rédigé en français ou en anglais, hiérarchise les risques et propose des mesures correctives réalistes au regard des moyens du partenaire. Nous pouvons associer des doctorants ou des ingénieurs du pays partenaire pour renforcer les compétences locales. Références : travaux sur des protocoles de vote électronique et d'identité numérique en Europe et accompagnement méthodologique d'une agence d'Afrique de l'Ouest.",
    provider: 'uni-snt',
    domainCodes: ['CYBERSECURITY', 'PUBLIC_ADMINISTRATION'],
    principleCodes: ['PRIVACY_AND_SECURITY', 'BE_COLLABORATIVE'],
    tags: ['identité numérique', 'audit de sécurité', 'cryptographie', 'signature électronique'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['LU', 'NE'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Satellite backhaul optimisation for rural cellular sites',
    summary:
      'Research-stage radio resource management that cuts the satellite capacity needed to backhaul rural 4G small cells by caching and compressing traffic.',
    description:
      "SnT's satellite communications group is developing algorithms that predict traffic of rural cells and allocate satellite capacity dynamically, combined with edge caching of popular content (software updates, videos, e-learning material) at the cell site. Simulations based on traffic traces show that the satellite bandwidth needed could fall by a third, which matters because satellite capacity is the main recurrent cost of rural sites. We are looking for an operator or universal service fund willing to host a field trial on ten sites. The work is at an early stage: the concept has been validated in simulation and in a laboratory testbed only, and would be delivered as open specifications rather than a product.",
    provider: 'uni-snt',
    domainCodes: ['INFRASTRUCTURE_TELECOM'],
    principleCodes: ['DESIGN_FOR_SCALE', 'BE_COLLABORATIVE'],
    tags: ['satellite backhaul', 'rural connectivity', 'edge caching', '4g'],
    maturity: 'IDEA',
    openSource: true,
    countriesDeployed: [],
    status: 'DRAFT',
  },
  // ---------------------------------------------------------------- LIH
  {
    language: 'en',
    title: 'Clinical data platform for disease registries and hospital cohorts',
    summary:
      'A secure platform to collect, pseudonymise and analyse clinical data for disease registries, hospital cohorts and national health statistics, built on widely used open-source research tools.',
    description:
      "LIH's data integration and analysis unit operates a platform combining electronic case report forms, a pseudonymisation service, a research data warehouse following the OMOP common data model, and dashboards for clinicians and public health officers. It has been used in Luxembourg for national disease cohorts and for COVID-19 surveillance studies. For partner countries, we propose to install the stack on a national server, connect it to hospital records or DHIS2 where available, and train a local data management team. Forms work offline on tablets and synchronise when connected. Documentation exists in English and French. The components are open source; our contribution is the configuration, data protection framework (consent, access committee) and training.",
    provider: 'lih',
    domainCodes: ['TELEMEDICINE', 'DATA_STATISTICS'],
    principleCodes: ['PRIVACY_AND_SECURITY', 'OPEN_STANDARDS', 'REUSE_AND_IMPROVE'],
    tags: ['health data', 'disease registry', 'omop', 'pseudonymisation', 'cohort'],
    maturity: 'DEPLOYED',
    openSource: true,
    countriesDeployed: ['LU'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Decision support for antenatal care at primary health level',
    summary:
      'A tablet application that guides nurses and midwives through antenatal visits following WHO recommendations, flags danger signs and schedules follow-up.',
    description:
      'The application digitises the WHO antenatal care guidelines as step-by-step forms: history, examinations, laboratory results, counselling and scheduling of the next contact. It computes gestational age, flags risks such as pre-eclampsia or anaemia and suggests referral. It works fully offline on low-cost Android tablets and synchronises with a district server or DHIS2 tracker. LIH developed the clinical content and evaluation framework with maternal health researchers; a pilot in six health centres measured better completeness of antenatal records and earlier detection of hypertension. Languages: French and English, with local language audio counselling clips that can be added. The code is available under an open-source licence, and the evaluation protocol can be reused by partner ministries.',
    provider: 'lih',
    domainCodes: ['TELEMEDICINE'],
    principleCodes: ['DESIGN_WITH_USER', 'BE_DATA_DRIVEN', 'OPEN_STANDARDS'],
    tags: ['maternal health', 'antenatal care', 'clinical decision support', 'offline'],
    maturity: 'PILOT',
    openSource: true,
    countriesDeployed: ['BF'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Online course on good clinical practice and research data management',
    summary:
      'A self-paced e-learning course on good clinical practice, research ethics and data protection for health researchers and study nurses.',
    description:
      "The course covers the principles of good clinical practice, informed consent, adverse event reporting, research data management and the protection of personal health data, with case studies drawn from multi-country studies. It takes about twelve hours, is split into fifteen-minute modules and ends with a certificate recognised by the ethics committees we work with. It is hosted on an open-source learning management system and can be exported as SCORM packages to a partner's own platform, including offline on a local server. English and French versions are available. The course has been followed by research staff in Luxembourg and by partner research teams in West Africa, where local mentors lead a weekly discussion session to adapt the content to national regulations.",
    provider: 'lih',
    domainCodes: ['EDUCATION', 'TELEMEDICINE'],
    principleCodes: ['REUSE_AND_IMPROVE', 'OPEN_STANDARDS'],
    tags: ['e-learning', 'clinical research', 'good clinical practice', 'research ethics'],
    maturity: 'SCALED',
    openSource: false,
    countriesDeployed: ['LU', 'SN', 'BJ'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Genomic surveillance pipeline for epidemic pathogens',
    summary:
      'A portable bioinformatics pipeline that turns pathogen sequencing data into lineage reports and shares them with public health authorities.',
    description:
      'The pipeline processes raw reads from portable sequencers, performs quality control, assembly and lineage assignment, and produces a short report for epidemiologists with maps and trends. It is packaged in containers that run on a laptop with no internet, which suits laboratories with intermittent connectivity, and uploads summary data to national or regional dashboards when a link is available. LIH used a similar pipeline for SARS-CoV-2 surveillance in Luxembourg. We are preparing a version for other pathogens (cholera, measles, mpox) with partner laboratories. This offer is a draft: training material and support arrangements are still being defined.',
    provider: 'lih',
    domainCodes: ['TELEMEDICINE', 'DATA_STATISTICS', 'EMERGENCY_COMMUNICATIONS'],
    principleCodes: ['OPEN_STANDARDS', 'BE_DATA_DRIVEN'],
    tags: ['genomic surveillance', 'bioinformatics', 'epidemics', 'laboratory'],
    maturity: 'PROTOTYPE',
    openSource: true,
    countriesDeployed: ['LU'],
    status: 'DRAFT',
  },
  // ---------------------------------------------------------------- LISER
  {
    language: 'en',
    title: 'Small-area poverty mapping combining surveys, census and satellite data',
    summary:
      'Statistical methods and training that produce reliable poverty and vulnerability estimates at commune level, useful for targeting social programmes and emergency transfers.',
    description:
      "Household surveys are too small to measure poverty below the regional level. LISER's researchers combine survey data with census variables and satellite-derived indicators (night lights, building density, vegetation) in small-area estimation models, producing commune-level maps of poverty rates with their margins of error. The work is done jointly with the national statistics office, using open-source R packages, and the team documents each step so that the office can update the maps when new surveys arrive. Results are typically used to target social safety nets, allocate budgets between communes or plan emergency cash transfers. LISER has applied these methods to Luxembourg and to European regional data, and in research collaborations in West Africa.",
    provider: 'liser',
    domainCodes: ['DATA_STATISTICS', 'INCLUSIVE_FINANCE'],
    principleCodes: ['BE_DATA_DRIVEN', 'BE_COLLABORATIVE', 'OPEN_STANDARDS'],
    tags: ['poverty mapping', 'small area estimation', 'targeting', 'official statistics'],
    maturity: 'PILOT',
    openSource: true,
    countriesDeployed: ['LU', 'NE'],
    status: 'PUBLISHED',
  },
  {
    language: 'fr',
    title: "Outils de collecte et d'analyse pour les enquêtes sur l'emploi et le marché du travail",
    summary:
      "Questionnaires normalisés, outils de collecte assistée par tablette et programmes d'analyse pour les enquêtes emploi, conformes aux normes du BIT.",
    description:
      "Le LISER met à disposition des instituts statistiques et des observatoires de l'emploi un ensemble d'outils pour les enquêtes sur la main-d'œuvre : questionnaires modulaires conformes aux résolutions de la Conférence internationale des statisticiens du travail, applications de collecte assistée par tablette fonctionnant hors ligne, contrôles de cohérence, pondération et programmes de calcul des indicateurs (chômage, sous-emploi, informalité). L'équipe accompagne la première vague d'enquête, de l'échantillonnage à la publication, et forme les statisticiens nationaux. Les outils, documentés en français et en anglais, reposent sur des logiciels libres. Ils s'appuient sur l'expérience du LISER dans les enquêtes sur le marché du travail luxembourgeois et transfrontalier, et ont été adaptés pour un observatoire régional de l'emploi en Afrique de l'Ouest.",
    provider: 'liser',
    domainCodes: ['DATA_STATISTICS', 'EDUCATION'],
    principleCodes: ['BE_DATA_DRIVEN', 'OPEN_STANDARDS', 'REUSE_AND_IMPROVE'],
    tags: ['enquête emploi', 'marché du travail', 'collecte sur tablette', 'statistique'],
    maturity: 'DEPLOYED',
    openSource: true,
    countriesDeployed: ['LU', 'SN'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Graduate tracer studies for vocational training systems',
    summary:
      'A methodology and mobile survey kit to follow TVET graduates into employment and feed the results back into training planning.',
    description:
      "Tracer studies tell training providers what happens to their graduates: whether they find work, in which occupation, with what income, and how useful they found their training. LISER offers a standard questionnaire adaptable to national qualification frameworks, a sampling design for colleges of different sizes, phone and SMS-based follow-up at six and eighteen months, and an analysis template producing indicators per college and per trade. The data model can be plugged into an existing education management information system. The kit works offline for phone interviewers and was designed with labour economists and TVET planners. Languages: English and French, easily translatable. LISER has run graduate surveys for Luxembourg's higher education and vocational training sectors.",
    provider: 'liser',
    domainCodes: ['EDUCATION', 'DATA_STATISTICS'],
    principleCodes: ['BE_DATA_DRIVEN', 'REUSE_AND_IMPROVE'],
    tags: ['tracer study', 'tvet', 'employability', 'labour market information'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['LU', 'LA'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Impact evaluation of digital financial inclusion programmes',
    summary:
      'Randomised and quasi-experimental evaluation designs to measure whether digital payments, credit or savings products actually improve the welfare of their users.',
    description:
      "Before scaling a digital financial service, governments and donors need to know whether it reaches the poor and changes their lives. LISER designs and runs impact evaluations: baseline and follow-up surveys, randomised phase-in where possible, use of administrative transaction data, and analysis of effects on consumption, resilience to shocks, women's economic empowerment and over-indebtedness. We work with implementers from the design phase so that evaluation does not slow down the programme, and with local universities so that capacity stays in the country. Evaluations are published as open working papers. Recent work includes an evaluation of mobile cash transfers and of a savings group digitalisation project.",
    provider: 'liser',
    domainCodes: ['INCLUSIVE_FINANCE', 'DATA_STATISTICS'],
    principleCodes: ['BE_DATA_DRIVEN', 'UNDERSTAND_ECOSYSTEM'],
    tags: ['impact evaluation', 'financial inclusion', 'randomised trial', 'cash transfers'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['NE', 'SN', 'BF'],
    status: 'PUBLISHED',
  },
  // ---------------------------------------------------------------- Kalunga Pay
  {
    language: 'en',
    title: 'Interoperable mobile money collection hub for public institutions',
    summary:
      'One API and one USSD/web front end through which a public institution collects contributions, taxes or fees from any mobile money wallet or agent network, with automatic reconciliation and SMS receipts.',
    description:
      "Kalunga Pay connects to the main mobile money operators and microfinance agent networks in West Africa through a single switch. A social security fund, municipality or utility registers its payers once; payers then pay monthly or quarterly from any wallet, by USSD short code, app or at an agent, and receive an SMS receipt. Each payment is matched automatically to the payer's account in the institution's system through a REST API or a daily file, and unpaid contributions trigger reminders. Fees are negotiated per institution and typically stay below 1% of the amount. Interfaces are available in French, English, Wolof and Bambara. The platform is hosted in a certified data centre in the region and complies with BCEAO electronic money rules. Deployed for a mutual health insurance network in Senegal and a municipal market fee collection in Côte d'Ivoire.",
    provider: 'kalunga-pay',
    domainCodes: ['INCLUSIVE_FINANCE', 'FINTECH', 'PUBLIC_ADMINISTRATION'],
    principleCodes: ['DESIGN_FOR_SCALE', 'UNDERSTAND_ECOSYSTEM', 'DESIGN_WITH_USER'],
    tags: ['mobile money', 'payment collection', 'interoperability', 'ussd', 'social security'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['SN', 'CI'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Bulk G2P disbursement platform for social and emergency cash transfers',
    summary:
      'Pays cash transfers to thousands of beneficiaries at once through mobile wallets, agents or pre-paid cards, with beneficiary verification, reconciliation and grievance handling.',
    description:
      'Designed with humanitarian and social protection agencies, the platform imports beneficiary lists from a social registry, verifies identity by PIN, one-time code or fingerprint at the agent, and splits each payment round across the operators and agent networks available in each commune. Beneficiaries without a phone can receive a pre-paid card or cash out with a voucher code. Programme managers follow payments in real time, reconcile them with operator statements and handle complaints through a hotline and USSD channel. Lists are encrypted and visible only to authorised staff, which matters in insecure areas. The platform can scale up within days after a flood or displacement. Used for emergency transfers after floods and for a lean-season programme with an international NGO in the Sahel.',
    provider: 'kalunga-pay',
    domainCodes: ['INCLUSIVE_FINANCE', 'FINTECH', 'EMERGENCY_COMMUNICATIONS'],
    principleCodes: ['PRIVACY_AND_SECURITY', 'DESIGN_FOR_SCALE', 'UNDERSTAND_ECOSYSTEM'],
    tags: ['cash transfers', 'g2p payments', 'social protection', 'humanitarian', 'mobile money'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['NE', 'BF', 'ML'],
    status: 'PUBLISHED',
  },
  {
    language: 'fr',
    title: 'Agrégateur de paiements en ligne pour PME et commerçants',
    summary:
      "Un compte unique permettant aux petites entreprises d'accepter cartes bancaires et portefeuilles mobiles sur leur site, leurs réseaux sociaux ou par lien de paiement.",
    description:
      "Notre agrégateur permet à une PME, un artisan ou une structure touristique d'encaisser en ligne sans contrat séparé avec chaque banque ou opérateur : paiement par carte, par portefeuille mobile ou par lien envoyé par SMS ou WhatsApp. Le commerçant ouvre son compte depuis son téléphone en quelques minutes, suit ses ventes sur un tableau de bord simple et reçoit ses fonds sur son compte bancaire ou mobile. Des modules prêts à l'emploi existent pour les principales solutions de commerce en ligne et une API est disponible pour les plateformes de réservation. Interface en français, anglais et portugais. Conformité PCI DSS et hébergement dans l'Union européenne ; raccordement aux réseaux interbancaires locaux au cas par cas. Plus de 1 500 commerçants l'utilisent au Sénégal, au Bénin et au Luxembourg.",
    provider: 'kalunga-pay',
    domainCodes: ['FINTECH', 'ENTERPRISE_DEVELOPMENT'],
    principleCodes: ['DESIGN_WITH_USER', 'DESIGN_FOR_SCALE'],
    tags: ['paiement en ligne', 'pme', 'commerçants', 'lien de paiement', 'e-commerce'],
    maturity: 'SCALED',
    openSource: false,
    countriesDeployed: ['SN', 'BJ', 'LU'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'USSD and static QR merchant payments (version 1)',
    summary:
      'First generation of our merchant payment product based on printed QR codes and USSD, now replaced by the online payment aggregator.',
    description:
      'This product let small shops, taxi drivers and market vendors accept payments from mobile wallets by displaying a printed QR code or a merchant number that customers entered through USSD. It required no smartphone for the merchant: confirmations came by SMS. It was piloted with 600 merchants in Dakar and Abidjan in 2020 and 2021 and taught us a lot about merchant onboarding and the reluctance to pay fees on small tickets. The standalone product is no longer maintained: merchant QR acceptance is now part of our payment aggregator and follows the regional QR code standard. This entry is kept for reference and for partners interested in the lessons from the pilot.',
    provider: 'kalunga-pay',
    domainCodes: ['FINTECH', 'ENTERPRISE_DEVELOPMENT'],
    principleCodes: ['DESIGN_WITH_USER'],
    tags: ['qr payments', 'ussd', 'merchants', 'informal retail'],
    maturity: 'PILOT',
    openSource: false,
    countriesDeployed: ['SN', 'CI'],
    status: 'ARCHIVED',
  },
  {
    language: 'en',
    title: 'Cash-flow based credit scoring for micro-merchants',
    summary:
      "A scoring service that uses a merchant's digital payment history, with their consent, to let banks and MFIs offer small working-capital loans to businesses without collateral.",
    description:
      "Merchants who accept digital payments build a transaction history that says more about their repayment capacity than the documents banks usually ask for. With the merchant's explicit consent, our service computes monthly turnover, seasonality, customer diversity and volatility from payment, mobile money and invoicing data, and returns a score with the top reasons behind it, which loan officers can explain to the applicant. Lenders integrate it through an API or a web portal. Models are retrained per market and monitored for bias against women-led and rural businesses. The service is GDPR-compliant, stores data in the EU or in-country, and supports guarantee funds that want to price guarantees by risk. Pilot with two microfinance institutions in Senegal and a bank in North Macedonia.",
    provider: 'kalunga-pay',
    domainCodes: ['FINTECH', 'INCLUSIVE_FINANCE', 'ENTERPRISE_DEVELOPMENT'],
    principleCodes: ['BE_DATA_DRIVEN', 'PRIVACY_AND_SECURITY'],
    tags: ['credit scoring', 'alternative data', 'msme finance', 'explainable ai'],
    maturity: 'PILOT',
    openSource: false,
    countriesDeployed: ['SN', 'MK'],
    status: 'PUBLISHED',
  },
  // ---------------------------------------------------------------- Orbitlink
  {
    language: 'en',
    title: 'Solar-powered VSAT kit for health centres and schools',
    summary:
      'A turnkey satellite internet site (antenna, modem, solar panels, batteries, Wi-Fi) installed in a day and monitored remotely, with a fixed monthly fee.',
    description:
      "Each Orbitlink site combines a Ku- or Ka-band satellite terminal, a 600 W solar array with lithium batteries sized for three days of autonomy, a rugged router with local Wi-Fi and a remote monitoring agent. Sites are installed in one day by local technicians we train and certify, and our network operations centre in Luxembourg sees every site's status, power and traffic in real time, so that most problems are solved remotely. Bandwidth plans start at 10 Mbit/s shared, with priority rules for health information systems or school platforms. Equipment is designed for heat and dust. The offer includes a five-year service contract with local spare parts. More than 300 sites run in Niger, Burkina Faso and Mali, mainly health centres and rural schools funded by development partners.",
    provider: 'orbitlink',
    domainCodes: ['INFRASTRUCTURE_TELECOM', 'TELEMEDICINE', 'EDUCATION'],
    principleCodes: ['BUILD_FOR_SUSTAINABILITY', 'DESIGN_FOR_SCALE'],
    tags: ['vsat', 'solar power', 'rural connectivity', 'health centres', 'schools'],
    maturity: 'SCALED',
    openSource: false,
    countriesDeployed: ['NE', 'BF', 'ML'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Community Wi-Fi hubs with local content caching',
    summary:
      'Public Wi-Fi hotspots for community centres, markets and schools, with vouchers for paid access and a local cache that serves e-learning and health content without using backhaul.',
    description:
      'A hub is a weatherproof access point cluster connected to fibre, fixed wireless or satellite backhaul, and a local server that caches popular content (Wikipedia, Khan Academy and national e-learning material, health videos, software updates). Users connect free to the local content and buy affordable data vouchers by mobile money for internet access; the revenue shares model lets a local entrepreneur or community centre run the hub. An operator dashboard shows usage and uptime. The design fits universal service programmes that want to turn public buildings into connectivity hubs. Deployed with a rural operator in Ghana and in community centres in Cabo Verde; we also supply the software to partners who install their own hardware.',
    provider: 'orbitlink',
    domainCodes: ['INFRASTRUCTURE_TELECOM', 'EDUCATION'],
    principleCodes: ['BUILD_FOR_SUSTAINABILITY', 'UNDERSTAND_ECOSYSTEM'],
    tags: ['community wi-fi', 'last mile', 'content caching', 'universal access'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['GH', 'CV'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Rapid-deployment satellite communications for civil protection',
    summary:
      'Portable satellite terminals, push-to-talk over IP and a field Wi-Fi bubble that restore voice and data for responders within an hour after networks fail.',
    description:
      "The kit fits in two cases that can be carried by one person, on a small boat or in a light aircraft: a flat-panel satellite terminal with automatic pointing, a battery and foldable solar panel, and a router creating a Wi-Fi bubble for responders' phones and laptops. A push-to-talk app turns smartphones into radios across islands or districts, and voice calls to the public network are possible. The service is billed per day of activation, with a small monthly standby fee, so that civil protection budgets carry only modest costs between crises. We train firefighters and civil protection staff in half a day. Kits are used by civil protection services in Luxembourg and in two small island states.",
    provider: 'orbitlink',
    domainCodes: ['EMERGENCY_COMMUNICATIONS', 'INFRASTRUCTURE_TELECOM'],
    principleCodes: ['BUILD_FOR_SUSTAINABILITY', 'DESIGN_WITH_USER'],
    tags: ['satellite communications', 'civil protection', 'push-to-talk', 'disaster response'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['LU', 'CV'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Remote supervision and maintenance of isolated network sites',
    summary:
      'Monitoring software for operators of off-grid telecom sites: power, link quality and intrusion alarms in one console.',
    description:
      'This software monitored generators, solar systems, batteries and radio links of remote telecom towers and sent alarms by SMS to field technicians. It was offered as a separate product between 2017 and 2022 to tower companies and rural operators, and ran on premises. Its functions are now integrated into the monitoring service included with our VSAT kits and community hubs, and we no longer sell or support it separately. We keep this entry so that partners who still run it can find the migration path and contact our support team for data export.',
    provider: 'orbitlink',
    domainCodes: ['INFRASTRUCTURE_TELECOM'],
    principleCodes: ['BUILD_FOR_SUSTAINABILITY'],
    tags: ['network monitoring', 'off-grid sites', 'maintenance'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['BF'],
    status: 'ARCHIVED',
  },
  {
    language: 'en',
    title: 'Crowdsourced mobile network quality measurement for regulators',
    summary:
      'A white-label app and data platform that lets regulators collect speed tests and coverage reports from consumers and publish independent quality-of-service maps.',
    description:
      "Regulators receive the app under their own brand. Consumers run speed and latency tests, record dropped calls and report areas without coverage; the app collects only anonymised measurements and coarse location, with explicit consent. The platform cleans the data, combines it with the regulator's drive tests, and publishes coverage and quality maps per operator and region as open data. A complaints module lets users escalate a problem to their operator, who must answer within a deadline visible to the regulator. Arabic, French and English interfaces are available. The methodology follows ITU and BEREC recommendations on crowdsourced measurements. A pilot with a regulator in North Africa started in 2024.",
    provider: 'orbitlink',
    domainCodes: ['CONSUMER_PROTECTION', 'INFRASTRUCTURE_TELECOM', 'DATA_STATISTICS'],
    principleCodes: ['BE_DATA_DRIVEN', 'PRIVACY_AND_SECURITY', 'OPEN_STANDARDS'],
    tags: ['quality of service', 'crowdsourcing', 'coverage maps', 'telecom regulation'],
    maturity: 'PILOT',
    openSource: false,
    countriesDeployed: ['TN'],
    status: 'PUBLISHED',
  },
  // ---------------------------------------------------------------- Medilink
  {
    language: 'en',
    title: 'Low-bandwidth teleconsultation for rural health posts',
    summary:
      'Nurses in rural health posts send structured cases with photos and vital signs to hospital doctors, who answer in real time or asynchronously; works over 2G/3G and offline.',
    description:
      "Medilink's teleconsultation app is built for places where video calls are impossible. A nurse fills a structured case form (symptoms, vital signs, photos of skin lesions or wounds, short audio notes) on a shared Android tablet; the case is compressed to under 200 KB and sent as soon as a connection appears. Specialists at the referral hospital receive it on the web or mobile, reply with advice or a referral decision, and can switch to a voice or video call when bandwidth allows. Cases are stored encrypted on a national server and can be exported to the patient record. The interface is available in French, English and Portuguese, and protocols for maternal health, malnutrition and dermatology are included. Used by 90 health posts in Senegal and Burkina Faso, with an average reply time of three hours.",
    provider: 'medilink',
    domainCodes: ['TELEMEDICINE'],
    principleCodes: ['DESIGN_WITH_USER', 'PRIVACY_AND_SECURITY', 'DESIGN_FOR_SCALE'],
    tags: [
      'teleconsultation',
      'telemedicine',
      'rural health',
      'low bandwidth',
      'store and forward',
    ],
    maturity: 'SCALED',
    openSource: false,
    countriesDeployed: ['SN', 'BF'],
    status: 'PUBLISHED',
  },
  {
    language: 'fr',
    title: 'Téléexpertise en imagerie médicale pour les hôpitaux de district',
    summary:
      "Transfert sécurisé d'images radiologiques et échographiques vers des radiologues distants, avec compte rendu signé et visioconférence pour les discussions de cas.",
    description:
      "Notre passerelle se connecte aux appareils de radiologie numérique et d'échographie des hôpitaux de district (norme DICOM) ou numérise les clichés existants. Les images sont anonymisées, compressées sans perte diagnostique et transmises à un pool de radiologues nationaux ou partenaires, qui rédigent un compte rendu signé électroniquement, renvoyé dans le dossier du patient. Un module de visioconférence permet d'organiser des staffs et des sessions de formation médicale continue entre hôpitaux. La solution fonctionne sur fibre ou 4G et met les envois en file d'attente en cas de coupure. Interface en français, anglais et lao ; hébergement dans le pays. Références : réseau de dix hôpitaux provinciaux au Laos et deux hôpitaux régionaux au Sénégal.",
    provider: 'medilink',
    domainCodes: ['TELEMEDICINE', 'INFRASTRUCTURE_TELECOM'],
    principleCodes: ['OPEN_STANDARDS', 'PRIVACY_AND_SECURITY', 'BE_COLLABORATIVE'],
    tags: ['téléradiologie', 'imagerie médicale', 'dicom', 'télé-expertise', 'formation médicale'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['LA', 'SN'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Offline-first electronic medical record for district hospitals',
    summary:
      'A lightweight electronic medical record that runs on a local server inside the hospital, keeps working during internet outages and reports aggregate indicators to DHIS2.',
    description:
      'The record covers registration, outpatient consultations, prescriptions, laboratory orders and results, admissions and discharge. It runs on a small server in the hospital with clients on low-cost PCs or tablets, so the internet is needed only to synchronise with the national level. Aggregate indicators are pushed automatically to DHIS2 each month, removing double data entry. Patient identity can be linked to a national health identifier using the FHIR standard. Roles and audit logs protect confidentiality. Training is organised per service, and our local partners provide first-level support. Languages: French and English. It runs in four district hospitals in Burkina Faso and one in Benin, with a UPS and solar backup design we recommend.',
    provider: 'medilink',
    domainCodes: ['TELEMEDICINE', 'DATA_STATISTICS'],
    principleCodes: ['OPEN_STANDARDS', 'PRIVACY_AND_SECURITY', 'REUSE_AND_IMPROVE'],
    tags: ['electronic medical record', 'hospital information system', 'fhir', 'dhis2', 'offline'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['BF', 'BJ'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Computer-aided dispatch for emergency medical services',
    summary:
      'Call-taking with triage protocols, ambulance tracking, hospital capacity and electronic patient care reports for national ambulance services.',
    description:
      "Dispatchers take calls with a guided triage protocol that assigns priority; the caller's location is captured from the network or by SMS link, and the nearest available ambulance is proposed on a map. Crews receive missions on a rugged tablet, update their status, and fill an electronic patient care report that is transmitted to the receiving hospital before arrival. Hospitals declare bed and specialty availability on a simple web page. The system keeps working in degraded mode if the data link drops, and reports response times per district. Available in English and French, with translation workflows for other languages. Deployed for a regional ambulance service in West Africa and piloted with a private ambulance network in Luxembourg.",
    provider: 'medilink',
    domainCodes: ['EMERGENCY_COMMUNICATIONS', 'TELEMEDICINE'],
    principleCodes: ['BE_DATA_DRIVEN', 'DESIGN_WITH_USER'],
    tags: ['emergency medical services', 'dispatch', 'ambulance tracking', 'triage'],
    maturity: 'PILOT',
    openSource: false,
    countriesDeployed: ['GH', 'LU'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Voice and SMS reminders for maternal and child health',
    summary:
      'Registers pregnant women and mothers at the clinic and sends them personalised voice or SMS messages for visits, vaccinations and danger signs, in local languages.',
    description:
      "Health workers register a woman at her first antenatal visit on a simple mobile form. She then receives weekly messages matched to her stage of pregnancy or her baby's age, as SMS or as recorded voice messages for women who do not read, in the language she chooses. Messages can be made discreet for women who share a phone. Missed appointments trigger an alert to the community health worker, who records home visits and refers danger signs. The content library follows WHO guidance and is reviewed with national programmes before launch. The service is zero-rated for users through agreements with operators, and indicators flow to DHIS2. Running in Côte d'Ivoire in two health regions and in one region of Ghana.",
    provider: 'medilink',
    domainCodes: ['TELEMEDICINE'],
    principleCodes: ['DESIGN_WITH_USER', 'PRIVACY_AND_SECURITY', 'DESIGN_FOR_SCALE'],
    tags: [
      'maternal health',
      'sms reminders',
      'mhealth',
      'community health workers',
      'voice messages',
    ],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['CI', 'GH'],
    status: 'PUBLISHED',
  },
  // ---------------------------------------------------------------- Terradata
  {
    language: 'en',
    title: 'Voice advisory service for smallholder farmers in local languages',
    summary:
      'An interactive voice response and SMS service that gives farmers weather-based advice, pest alerts and market prices in their own language on any phone.',
    description:
      'Farmers call a toll-free number or receive outbound calls and navigate menus by keypad in their language. Content comes from three sources: extension officers, who record short messages themselves through a web studio; weather-based planting and spraying advice generated from forecasts; and alerts on pests such as fall armyworm, pushed to the districts concerned. Farmers can leave questions as voice messages that an agronomist answers within 48 hours. Every interaction is logged, so ministries see which topics farmers ask about and where. The service integrates with existing farmer registries through an API. Languages supported so far include Twi, Dagbani, Ewe, Hausa, Moore and French. About 150,000 farmers use it in Ghana and Burkina Faso; calls are free for farmers under agreements with operators.',
    provider: 'terradata',
    domainCodes: ['AGRICULTURE', 'EDUCATION'],
    principleCodes: ['DESIGN_WITH_USER', 'UNDERSTAND_ECOSYSTEM', 'DESIGN_FOR_SCALE'],
    tags: ['extension services', 'ivr', 'local languages', 'pest alerts', 'smallholders'],
    maturity: 'SCALED',
    openSource: false,
    countriesDeployed: ['GH', 'BF'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Farmer registry with e-vouchers for subsidised inputs',
    summary:
      'Geo-referenced registration of farmers by field agents and electronic vouchers redeemed at accredited agro-dealers, to deliver fertiliser and seed subsidies to the right people.',
    description:
      'Field agents register farmers offline on Android phones: identity (with or without an ID document, using photo and community validation), household, plots traced by GPS walk, crops and cooperative. Duplicates are detected centrally. At each campaign, the ministry defines entitlements and the system issues e-vouchers as SMS codes or cards; farmers redeem them at accredited agro-dealers who confirm the transaction by USSD, and dealers are reimbursed electronically. Dashboards show redemption rates and stocks per district in near real time, and the audit trail makes diversion harder. Personal data are stored in the country and access is role-based. Deployed for a fertiliser programme in Ghana and a seed programme in Niger, covering 250,000 farmers in total.',
    provider: 'terradata',
    domainCodes: ['AGRICULTURE', 'PUBLIC_ADMINISTRATION', 'DATA_STATISTICS'],
    principleCodes: ['BE_DATA_DRIVEN', 'PRIVACY_AND_SECURITY', 'DESIGN_FOR_SCALE'],
    tags: ['farmer registry', 'e-voucher', 'input subsidies', 'agro-dealers', 'geo-referencing'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['GH', 'NE'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Agricultural market price information by SMS and messaging apps',
    summary:
      'Enumerators record weekly prices in markets on smartphones; farmers and cooperatives receive prices by SMS, WhatsApp or local radio bulletins.',
    description:
      'Price collectors use an offline mobile form with product photos to record wholesale and retail prices on fixed market days. Data are validated against historical ranges, aggregated in a central database and published automatically: SMS subscriptions per product and market, a WhatsApp bot, a weekly radio script for community stations, and a web dashboard with price trends for ministries and traders. The database exports to national agricultural statistics in standard formats. Subscriptions can be free for farmers (sponsored by the ministry) or paid by traders to cover running costs. Interfaces are translated into local languages through a simple translation file. Running for cereals and vegetables in Burkina Faso and for coffee and rice in a pilot in southern Laos.',
    provider: 'terradata',
    domainCodes: ['AGRICULTURE', 'DATA_STATISTICS', 'ENTERPRISE_DEVELOPMENT'],
    principleCodes: ['DESIGN_WITH_USER', 'BE_DATA_DRIVEN'],
    tags: ['market prices', 'market information', 'sms', 'cooperatives', 'agricultural statistics'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['BF', 'LA'],
    status: 'PUBLISHED',
  },
  {
    language: 'fr',
    title: 'Assurance récolte indicielle fondée sur les données satellitaires de pluviométrie',
    summary:
      "Conception d'indices de sécheresse, plateforme de gestion des polices et paiement automatique des indemnités par mobile money pour les petits producteurs.",
    description:
      "Nous concevons avec les assureurs et les ministères des indices de pluviométrie par zone, calculés à partir d'estimations satellitaires et validés sur trente ans de rendements historiques afin de limiter le risque de base. La plateforme gère l'enrôlement des producteurs, souvent via les coopératives ou en même temps que le crédit intrants, la collecte des primes subventionnées et le calcul automatique des indemnités en fin de saison ; les paiements passent par mobile money. Des supports de sensibilisation audio en langues locales expliquent le fonctionnement de l'indice et ses limites. Interface en français et en anglais. La solution est proposée à des assureurs locaux sous licence annuelle. Projet pilote sur le mil et le sorgho avec 12 000 producteurs au Burkina Faso et au Sénégal.",
    provider: 'terradata',
    domainCodes: ['AGRICULTURE', 'INCLUSIVE_FINANCE'],
    principleCodes: ['BE_DATA_DRIVEN', 'UNDERSTAND_ECOSYSTEM'],
    tags: ['assurance indicielle', 'sécheresse', 'petits producteurs', 'pluviométrie satellitaire'],
    maturity: 'PILOT',
    openSource: false,
    countriesDeployed: ['BF', 'SN'],
    status: 'PUBLISHED',
  },
  // ---------------------------------------------------------------- Civitas
  {
    language: 'en',
    title: 'Modular civil registration and vital statistics platform',
    summary:
      'Open-source civil registration for births, deaths, marriages and divorces, with a unique identifier at birth, offline-capable registry offices and APIs for identity, health and social services.',
    description:
      'The platform digitises the full civil registration workflow: notification by health facilities or community agents, declaration at the registry office, validation, printing of certificates with a QR code for verification, and corrections with a complete audit trail. Offices work offline on a laptop and synchronise with the national server, which suits islands and remote areas. A unique personal identifier is issued at birth and shared with the national ID system through documented REST and FHIR-compatible APIs. Vital statistics are produced automatically for the statistics office. The code is published under the EUPL; Civitas provides deployment, customisation and support. Portuguese, French and English interfaces. In use in municipalities in Luxembourg for certificate requests and in a regional pilot in Cabo Verde.',
    provider: 'civitas',
    domainCodes: ['PUBLIC_ADMINISTRATION', 'DATA_STATISTICS'],
    principleCodes: ['OPEN_STANDARDS', 'REUSE_AND_IMPROVE', 'PRIVACY_AND_SECURITY'],
    tags: ['civil registration', 'crvs', 'unique identifier', 'vital statistics', 'offline sync'],
    maturity: 'PILOT',
    openSource: true,
    countriesDeployed: ['LU', 'CV'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'One-stop shop portal for business registration',
    summary:
      'A single online portal where entrepreneurs register a company or sole proprietorship, obtain tax and social security numbers and pay fees, with a verifiable certificate at the end.',
    description:
      'Entrepreneurs fill in one guided form instead of visiting several administrations. Behind the portal, a workflow engine routes each file to the business registry, the tax administration and the social security fund through the national interoperability platform or through APIs we build with them, and returns the identifiers automatically. Fees are paid online by card or mobile money. The registration certificate carries a QR code that banks and public buyers can verify. Back-office agents in regional offices handle paper files through the same system, so that entrepreneurs without internet can still be served. Configuration of forms and rules needs no programming. French, English and Portuguese interfaces. Deployed for a chamber of commerce in West Africa and used by Luxembourg municipalities for trading licences.',
    provider: 'civitas',
    domainCodes: ['PUBLIC_ADMINISTRATION', 'ENTERPRISE_DEVELOPMENT'],
    principleCodes: ['DESIGN_WITH_USER', 'REUSE_AND_IMPROVE', 'OPEN_STANDARDS'],
    tags: ['business registration', 'one-stop shop', 'e-services', 'formalisation'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['LU', 'BJ'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'E-procurement platform with open contracting data',
    summary:
      'End-to-end electronic public procurement, from procurement plans and tenders to electronic bid submission, evaluation and contract management, publishing OCDS open data.',
    description:
      'Contracting authorities prepare their procurement plans, publish notices and tender documents, and receive encrypted electronic bids that can only be opened at the scheduled time in a recorded session. Evaluation committees score bids in the system and the award decision, contract and amendments are tracked through to payment. Every step is published in the Open Contracting Data Standard, so journalists and auditors can analyse procurement data. Suppliers register once and receive alerts for relevant tenders; a helpdesk and video tutorials support SMEs. The platform integrates with financial management systems for budget commitment checks. French and English. Used by a group of Luxembourg public bodies for small tenders and under evaluation by a West African procurement authority.',
    provider: 'civitas',
    domainCodes: ['PUBLIC_ADMINISTRATION'],
    principleCodes: ['OPEN_STANDARDS', 'BE_DATA_DRIVEN', 'PRIVACY_AND_SECURITY'],
    tags: ['e-procurement', 'open contracting', 'ocds', 'public finance', 'transparency'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['LU'],
    status: 'PUBLISHED',
  },
  {
    language: 'fr',
    title: 'Signature électronique qualifiée à distance et cachet serveur pour administrations',
    summary:
      "Service de signature qualifiée à distance lié à la carte d'identité et au téléphone mobile, et cachet électronique pour les documents délivrés par les administrations, conformes au règlement eIDAS.",
    description:
      "Le service permet à un citoyen de signer un formulaire administratif depuis un portail en ligne : il s'authentifie avec sa carte d'identité électronique ou une application mobile, confirme l'opération par un code reçu sur son téléphone, et obtient un document signé au format PAdES ou XAdES. Les administrations apposent un cachet serveur sur les attestations qu'elles délivrent, vérifiable par toute personne en Europe grâce à un service de validation. Les clés sont protégées dans des modules matériels certifiés ; nous accompagnons le prestataire national de services de confiance dans sa qualification et son inscription sur les listes de confiance. Intégration par API avec les portails d'e-services existants. Interfaces traduisibles, déjà disponibles en français, anglais, allemand et albanais. Utilisé par plusieurs communes luxembourgeoises.",
    provider: 'civitas',
    domainCodes: ['PUBLIC_ADMINISTRATION', 'CYBERSECURITY'],
    principleCodes: ['OPEN_STANDARDS', 'PRIVACY_AND_SECURITY'],
    tags: [
      'signature électronique',
      'eidas',
      'services de confiance',
      'cachet serveur',
      'e-administration',
    ],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['LU'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Land administration and title scanning workflow',
    summary:
      'Document scanning, indexing and parcel-linking workflow for land administration agencies; superseded by our partner cadastre platform.',
    description:
      'This workflow supported land agencies in scanning legacy land titles, indexing them by owner and parcel, linking them to cadastral maps and publishing a verification service for buyers and notaries. It included quality control steps and a parcel identifier shared with tax authorities. Civitas ran two projects with it before 2022. Since then, we recommend the open-source cadastre platform of a partner consortium, to which we contributed our indexing module, and we no longer offer this product on its own. The entry remains for reference because partner agencies ask for lessons learned on data quality and personal data in land records.',
    provider: 'civitas',
    domainCodes: ['PUBLIC_ADMINISTRATION', 'DATA_STATISTICS'],
    principleCodes: ['REUSE_AND_IMPROVE', 'OPEN_STANDARDS'],
    tags: ['land registry', 'cadastre', 'digitisation', 'document scanning'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['BJ'],
    status: 'ARCHIVED',
  },
  // ---------------------------------------------------------------- Ledgerline
  {
    language: 'en',
    title: 'Suptech data collection and analytics for financial supervisors',
    summary:
      'Machine-readable regulatory reporting, automated validation and supervisory dashboards for central banks overseeing banks, payment providers and digital lenders.',
    description:
      'Supervised institutions submit returns through a portal or an API in XBRL, JSON or CSV templates defined by the supervisor in a no-code editor. Validation rules run at submission, so errors go back to the institution immediately instead of weeks later. Data land in a supervisory data warehouse with dashboards on liquidity, credit quality, transaction volumes, fees, interest rates and complaints, and early-warning indicators flag outliers such as a digital lender whose arrears or effective rates jump. Analysts can add their own indicators in Python or R. The platform installs on premises or in a national data centre and is delivered with training and a three-year support plan. It grew out of regulatory reporting tools used by Luxembourg fund administrators and has been adapted for two central banks in East and Southern Africa.',
    provider: 'ledgerline',
    domainCodes: ['FINTECH', 'CONSUMER_PROTECTION', 'DATA_STATISTICS'],
    principleCodes: ['BE_DATA_DRIVEN', 'OPEN_STANDARDS', 'PRIVACY_AND_SECURITY'],
    tags: ['suptech', 'regtech', 'regulatory reporting', 'central bank', 'supervision'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['LU', 'RW', 'ZM'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Regulatory sandbox management portal',
    summary:
      'Application intake, eligibility screening, test monitoring and exit reporting for regulators running fintech sandboxes and innovation offices.',
    description:
      'Regulators running a sandbox receive applications through an online form, screen them against published eligibility criteria, and manage the whole cohort in one place: test parameters and limits (number of customers, transaction caps), periodic reporting by firms, consumer complaints, and exit decisions. Firms get a single channel for questions, which the innovation office answers publicly when relevant. Aggregated data help regulators decide whether rules need to change. The portal is light to run and can be hosted by the regulator or as a service in the EU. English and French interfaces. It is used by a sandbox in Southern Africa and was co-designed with practitioners from European innovation hubs.',
    provider: 'ledgerline',
    domainCodes: ['FINTECH'],
    principleCodes: ['BE_COLLABORATIVE', 'BE_DATA_DRIVEN'],
    tags: ['regulatory sandbox', 'innovation office', 'fintech regulation'],
    maturity: 'PILOT',
    openSource: false,
    countriesDeployed: ['ZM'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Multichannel complaints management for financial consumers',
    summary:
      'Consumers file complaints about banks, MFIs and mobile money providers by web, USSD, call centre or WhatsApp; complaints are routed to the institution, tracked against deadlines and reported to the regulator.',
    description:
      "Complaint handling is a cornerstone of financial consumer protection, but in many markets consumers do not know where to turn. Our system gives the regulator or ombudsman a single intake across web, USSD, WhatsApp and a call centre module, with voice menus in local languages for users who cannot read. Each complaint is categorised and forwarded automatically to the institution's complaints officer, who must answer within the regulatory deadline; overdue cases escalate to the regulator. Consumers follow progress by SMS. Anonymised statistics by institution and category can be published to create reputational incentives. Personal data of complainants are encrypted and visible only to the parties involved. French and English. In use by a financial ombudsman in Europe and piloted with a consumer protection body in West Africa.",
    provider: 'ledgerline',
    domainCodes: ['CONSUMER_PROTECTION', 'FINTECH'],
    principleCodes: ['DESIGN_WITH_USER', 'BE_DATA_DRIVEN', 'PRIVACY_AND_SECURITY'],
    tags: ['complaints management', 'consumer protection', 'ussd', 'ombudsman', 'mobile money'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['LU', 'CI'],
    status: 'PUBLISHED',
  },
  {
    language: 'fr',
    title: 'Plateforme de déclaration et de contrôle pour autorités de protection des données',
    summary:
      "Déclarations des traitements, notifications de violations et gestion des plaintes en ligne pour les autorités de protection des données, avec outils d'analyse d'impact pour les responsables de traitement.",
    description:
      "La plateforme permet aux responsables de traitement publics et privés de déclarer leurs traitements, de désigner leur délégué à la protection des données et de notifier une violation de données dans un formulaire chiffré de bout en bout. Les citoyens déposent leurs plaintes en ligne et suivent leur traitement. L'autorité dispose d'un outil de gestion des dossiers, de planification des contrôles et de statistiques. Un module d'analyse d'impact relative à la protection des données, inspiré des lignes directrices européennes, guide les administrations pas à pas. Interfaces en français, anglais et arabe ; installation sur les serveurs de l'autorité. Conçue à partir de notre outil de conformité RGPD utilisé par des entreprises luxembourgeoises, elle est en phase pilote auprès d'une autorité d'Afrique du Nord.",
    provider: 'ledgerline',
    domainCodes: ['CYBERSECURITY', 'CONSUMER_PROTECTION', 'PUBLIC_ADMINISTRATION'],
    principleCodes: ['PRIVACY_AND_SECURITY', 'DESIGN_WITH_USER'],
    tags: ['protection des données', 'rgpd', 'violation de données', "analyse d'impact"],
    maturity: 'PILOT',
    openSource: false,
    countriesDeployed: ['LU', 'TN'],
    status: 'PUBLISHED',
  },
  // ---------------------------------------------------------------- OAT
  {
    language: 'en',
    title: 'TAO open-source platform for computer-based assessment',
    summary:
      'An open-source platform to author, deliver and score tests and competency assessments, from classroom quizzes to national examinations and international surveys.',
    description:
      'TAO lets item authors create questions using the open QTI standard, assemble tests, deliver them in browsers or on tablets, and score them automatically or with human raters. It supports multimedia items, accessibility features and many languages including right-to-left scripts, and has been used for large-scale international assessments of students and adults. Education ministries and certification bodies use it to run digital exams and to assess practical competences with rubrics. Because it is open source under the GPL, partners keep control of their item banks and can host the platform themselves; Open Assessment Technologies provides hosting, customisation and support. Deployed in many countries, including Luxembourg, and available in French and English with community translations.',
    provider: 'oat',
    domainCodes: ['EDUCATION'],
    principleCodes: ['OPEN_STANDARDS', 'REUSE_AND_IMPROVE', 'DESIGN_FOR_SCALE'],
    tags: ['assessment', 'qti', 'examinations', 'competency assessment', 'open source'],
    maturity: 'SCALED',
    openSource: true,
    countriesDeployed: ['LU', 'RW', 'TN'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Offline test delivery for low-connectivity schools and training centres',
    summary:
      'A local delivery server that runs assessments in schools and vocational centres without internet and uploads results when a connection is available.',
    description:
      "Many schools and training centres cannot rely on a connection during an exam. The offline delivery server is a small box or a laptop that receives the test package in advance, serves it to learners' devices over a local network, and stores responses encrypted until they can be synchronised with the central TAO platform. It keeps working through power cuts with a battery and resumes sessions where they stopped. Trainers can also use it to record observations of practical tasks, such as wiring a solar installation, against competency rubrics. It has been used in pilot vocational assessments and for school monitoring surveys in areas with weak connectivity. Interfaces in French and English; open-source components under the GPL.",
    provider: 'oat',
    domainCodes: ['EDUCATION', 'INFRASTRUCTURE_TELECOM'],
    principleCodes: ['DESIGN_WITH_USER', 'BUILD_FOR_SUSTAINABILITY'],
    tags: [
      'offline assessment',
      'vocational training',
      'low connectivity',
      'competency assessment',
    ],
    maturity: 'PILOT',
    openSource: true,
    countriesDeployed: ['NE'],
    status: 'PUBLISHED',
  },
  // ---------------------------------------------------------------- LuxDev
  {
    language: 'fr',
    title: "Système d'information de gestion de la formation professionnelle et technique",
    summary:
      "Un système d'information modulaire pour suivre apprenants, formateurs, filières et certifications dans les centres de formation professionnelle, conçu avec les ministères partenaires.",
    description:
      "LuxDev accompagne depuis de nombreuses années les systèmes de formation professionnelle au Niger, au Laos, au Cabo Verde et au Burkina Faso. De cette expérience est né un système d'information reposant sur des logiciels libres : inscription des apprenants, gestion des parcours et des stages en entreprise, évaluation des compétences selon les référentiels nationaux, certification, suivi des formateurs et tableaux de bord pour les directions régionales. Il fonctionne sur un serveur local dans chaque centre avec synchronisation vers le niveau national quand la connexion le permet, sur des ordinateurs modestes. Les interfaces existent en français, anglais, portugais et lao. Un module d'enquête de suivi des diplômés peut être activé. Le système est transféré aux ministères avec le code source et la formation des équipes informatiques nationales.",
    provider: 'luxdev',
    domainCodes: ['EDUCATION', 'DATA_STATISTICS'],
    principleCodes: ['REUSE_AND_IMPROVE', 'BUILD_FOR_SUSTAINABILITY', 'BE_DATA_DRIVEN'],
    tags: [
      'formation professionnelle',
      "système d'information",
      'tvet',
      'certification',
      'hors ligne',
    ],
    maturity: 'SCALED',
    openSource: true,
    countriesDeployed: ['NE', 'LA', 'CV', 'BF'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Health information system strengthening with DHIS2 and interoperability',
    summary:
      'Technical assistance to design, configure and integrate DHIS2, facility registries and patient-level systems, so that ministries of health get complete and timely data.',
    description:
      "Within Luxembourg's health sector programmes, LuxDev teams support ministries of health in configuring DHIS2 for routine reporting and disease surveillance, building a master facility list, linking patient-level tools such as electronic medical records or community health apps through OpenHIM and FHIR, and training district data managers in analysis and data use. We pay attention to connectivity: offline Android capture, SMS reporting for remote facilities and coordination with connectivity projects. Governance is part of the work: data sharing rules, data protection, and a roadmap that the ministry owns. References include health programmes in Laos, Niger, Burkina Faso and Senegal, in close coordination with other partners of the health information system.",
    provider: 'luxdev',
    domainCodes: ['TELEMEDICINE', 'DATA_STATISTICS'],
    principleCodes: [
      'UNDERSTAND_ECOSYSTEM',
      'REUSE_AND_IMPROVE',
      'OPEN_STANDARDS',
      'BE_COLLABORATIVE',
    ],
    tags: ['dhis2', 'health information system', 'interoperability', 'fhir', 'data use'],
    maturity: 'SCALED',
    openSource: true,
    countriesDeployed: ['LA', 'NE', 'BF', 'SN'],
    status: 'PUBLISHED',
  },
  {
    language: 'fr',
    title: "Assistance à maîtrise d'ouvrage pour les projets numériques des administrations",
    summary:
      "Accompagnement des administrations partenaires dans la définition, l'achat et le pilotage de leurs projets numériques : expression des besoins, cahiers des charges, suivi des prestataires.",
    description:
      "Beaucoup de projets numériques publics échouent faute d'une maîtrise d'ouvrage solide : besoins mal définis, dépendance à un prestataire unique, absence de budget de maintenance. LuxDev met à disposition des experts qui travaillent au sein des administrations partenaires pour cartographier les processus et les systèmes existants, rédiger des cahiers des charges privilégiant les standards ouverts et la réutilisation, organiser les appels d'offres et suivre les prestataires jusqu'à la recette. Nous aidons aussi à prévoir les coûts récurrents et les compétences nécessaires après le projet. Cette prestation n'est pas un logiciel mais une compétence, mobilisable sur tout domaine ; elle a été utilisée pour des systèmes de gestion des finances publiques, d'état civil et d'information sanitaire.",
    provider: 'luxdev',
    domainCodes: ['PUBLIC_ADMINISTRATION'],
    principleCodes: ['UNDERSTAND_ECOSYSTEM', 'BUILD_FOR_SUSTAINABILITY', 'OPEN_STANDARDS'],
    tags: ["maîtrise d'ouvrage", 'cahier des charges', 'gouvernance numérique', 'marchés publics'],
    maturity: 'SCALED',
    openSource: false,
    countriesDeployed: ['BF', 'NE', 'CV', 'SN'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Digital skills bootcamps for youth employability',
    summary:
      'Intensive, hands-on training in digital skills (office tools, web development, digital marketing, solar installation monitoring) linked to internships with local employers.',
    description:
      'The bootcamps combine eight to twelve weeks of project-based learning with coaching on job search and entrepreneurship, and end with an internship in a local company or an incubator. Curricula are co-designed with employers so that graduates learn what the local market needs; trainers are recruited locally and trained by LuxDev. Learning materials are available offline on a local server and learners who cannot afford a laptop borrow one for the duration. Each cohort is followed for a year to measure employment outcomes. The model has been run in Cabo Verde and Kosovo, with particular attention to young women, who represented more than half of the learners in recent cohorts.',
    provider: 'luxdev',
    domainCodes: ['EDUCATION', 'ENTERPRISE_DEVELOPMENT'],
    principleCodes: ['DESIGN_WITH_USER', 'BE_COLLABORATIVE'],
    tags: ['digital skills', 'employability', 'youth', 'bootcamp'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['CV', 'XK'],
    status: 'PUBLISHED',
  },
  // ---------------------------------------------------------------- LHC
  {
    language: 'en',
    title: 'MISP threat intelligence sharing platform with CSIRT onboarding',
    summary:
      'Deployment of MISP, the open-source threat intelligence and sharing platform, for national and sectoral CSIRTs, with training and connection to trusted sharing communities.',
    description:
      "MISP is an open-source platform for collecting, storing and sharing indicators of compromise and threat intelligence, developed with CIRCL, the CERT that is part of the Luxembourg House of Cybersecurity, and used by thousands of organisations worldwide. It supports the STIX and TAXII standards, automatic correlation and feeds, and fine-grained sharing rules so that a national CSIRT can share with banks, operators and government teams without exposing sensitive data. We offer an onboarding package: installation on the partner's premises, configuration of sharing groups and taxonomies, integration with ticketing and detection tools, analyst training and introduction to international communities. The software is free under the AGPL; support continues through a community of practice and peer exchanges between CSIRTs.",
    provider: 'lhc',
    domainCodes: ['CYBERSECURITY'],
    principleCodes: ['OPEN_STANDARDS', 'BE_COLLABORATIVE', 'REUSE_AND_IMPROVE'],
    tags: ['misp', 'threat intelligence', 'csirt', 'information sharing', 'open source'],
    maturity: 'SCALED',
    openSource: true,
    countriesDeployed: ['LU', 'RW', 'SN', 'CI'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'CSIRT capacity building and incident response training',
    summary:
      'Training and mentoring for new national and sectoral CSIRTs: incident handling processes, forensics basics, exercises and peer review against international maturity frameworks.',
    description:
      'The programme helps a national or sectoral CSIRT reach operational maturity. It starts with an assessment against a recognised maturity model, then combines classroom sessions on incident handling, log analysis, malware triage and digital forensics with hands-on exercises on a cyber range, and a mentoring period during which LHC analysts follow real cases remotely with the partner team. Templates for procedures, communication with constituents and crisis escalation are provided. Training is given in English or French, on site or online, and trainers from the partner are prepared to replicate sessions. The programme has accompanied teams in West and East Africa and in the Western Balkans.',
    provider: 'lhc',
    domainCodes: ['CYBERSECURITY', 'EDUCATION'],
    principleCodes: ['BUILD_FOR_SUSTAINABILITY', 'BE_COLLABORATIVE'],
    tags: ['csirt', 'incident response', 'capacity building', 'cyber range', 'forensics'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['RW', 'BJ', 'XK'],
    status: 'PUBLISHED',
  },
  {
    language: 'fr',
    title: "MONARC, méthode et outil libre d'analyse des risques de sécurité de l'information",
    summary:
      "Outil libre d'analyse des risques conforme à la norme ISO/IEC 27005, avec modèles prêts à l'emploi pour les administrations et accompagnement à la première analyse.",
    description:
      "MONARC est une méthode et un outil d'analyse des risques développés au Luxembourg et distribués sous licence libre. Il permet de modéliser les actifs d'une organisation, les menaces et les vulnérabilités, d'évaluer les risques et de suivre un plan de traitement, en réutilisant des modèles et des bases de connaissances partagés : il n'est pas nécessaire de repartir d'une page blanche pour un système d'état civil ou une plateforme de paiement. L'outil peut être hébergé par l'organisation elle-même ou utilisé en ligne. Nous proposons une formation de trois jours en français ou en anglais et un accompagnement pour la première analyse de risques, suivi d'un échange de pratiques entre organisations. MONARC est utilisé par des administrations et des entreprises au Luxembourg et à l'étranger, y compris des opérateurs de services essentiels.",
    provider: 'lhc',
    domainCodes: ['CYBERSECURITY', 'PUBLIC_ADMINISTRATION'],
    principleCodes: ['REUSE_AND_IMPROVE', 'OPEN_STANDARDS', 'PRIVACY_AND_SECURITY'],
    tags: ['analyse de risques', 'iso 27005', 'monarc', 'gouvernance de la sécurité'],
    maturity: 'SCALED',
    openSource: true,
    countriesDeployed: ['LU', 'NE', 'BJ'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Cybersecurity awareness e-learning and phishing simulations for public servants',
    summary:
      'Short online awareness modules, phishing simulation campaigns and progress reports per department, adaptable to national context and languages.',
    description:
      "Most incidents start with a human mistake. The awareness programme offers ten-minute modules on passwords, phishing, mobile devices, removable media, social networks and incident reporting, with quizzes and certificates. Phishing simulations are run with scenarios adapted to the local context, and each department receives anonymised results to target follow-up. A technical track for IT teams covers hardening, backups and logging. Content is available in French and English, and national teams can edit scenarios and translate modules. The platform can be hosted by the partner or by us in Luxembourg, and modules can be exported for offline use. The programme grew out of awareness work carried out for Luxembourg's public sector, SMEs and schools.",
    provider: 'lhc',
    domainCodes: ['CYBERSECURITY', 'EDUCATION'],
    principleCodes: ['DESIGN_WITH_USER', 'REUSE_AND_IMPROVE'],
    tags: ['cyber hygiene', 'awareness', 'phishing simulation', 'e-learning', 'public servants'],
    maturity: 'SCALED',
    openSource: false,
    countriesDeployed: ['LU', 'CV'],
    status: 'PUBLISHED',
  },
  // ---------------------------------------------------------------- Luxinnovation
  {
    language: 'en',
    title: 'Startup incubation programme design and incubator twinning',
    summary:
      'Methods, tools and peer exchange to set up or strengthen incubator networks: selection, coaching, investor readiness and connections with Luxembourg and European ecosystems.',
    description:
      "Drawing on its role as Luxembourg's national innovation agency and its work with startup programmes such as Fit 4 Start, Luxinnovation helps partner ministries and incubators design incubation programmes: selection criteria and juries, coaching curricula, shared performance indicators, follow-up tools for startup portfolios, and investor readiness sessions. Twinning between African and Luxembourg incubators allows staff exchanges and soft-landing missions for startups interested in the European market. We also connect programmes with corporate partners for pilot projects. The offer is delivered in French or English, and we pay attention to women-led startups and regional incubators outside capitals. We have supported ecosystem initiatives in Cabo Verde, Senegal and Côte d'Ivoire.",
    provider: 'luxinnovation',
    domainCodes: ['ENTERPRISE_DEVELOPMENT'],
    principleCodes: ['BE_COLLABORATIVE', 'UNDERSTAND_ECOSYSTEM'],
    tags: ['incubation', 'startups', 'entrepreneurship', 'ecosystem building', 'twinning'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['CV', 'SN', 'CI'],
    status: 'PUBLISHED',
  },
  {
    language: 'fr',
    title: 'Diagnostic de maturité numérique et plan de transformation pour les PME',
    summary:
      "Un diagnostic en ligne et un entretien d'expert pour évaluer la maturité numérique d'une PME et lui proposer un plan d'action priorisé (vente en ligne, outils de gestion, cybersécurité).",
    description:
      "Inspiré des programmes d'accompagnement de la transformation numérique des PME luxembourgeoises, ce diagnostic combine un questionnaire en ligne couvrant la stratégie, les processus, la relation client, les données et la cybersécurité, et un entretien avec un conseiller formé. L'entreprise reçoit un score comparé à celui des entreprises de son secteur et un plan d'action concret : création d'un catalogue en ligne, adoption d'outils de facturation et de paiement électronique, présence sur les places de marché, mesures de sécurité de base. Nous formons les conseillers des agences partenaires afin qu'ils réalisent eux-mêmes les diagnostics, et l'outil peut être hébergé localement. Disponible en français et en anglais. Utilisé avec une agence de promotion des exportations en Afrique du Nord.",
    provider: 'luxinnovation',
    domainCodes: ['ENTERPRISE_DEVELOPMENT'],
    principleCodes: ['DESIGN_WITH_USER', 'REUSE_AND_IMPROVE'],
    tags: ['maturité numérique', 'pme', 'transformation numérique', 'diagnostic'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['LU', 'TN'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Innovation voucher and grant management platform',
    summary:
      'An online platform for agencies that award innovation vouchers and small grants to SMEs: calls, applications, evaluation, payments and monitoring.',
    description:
      "Innovation agencies and enterprise development funds in partner countries often manage calls for proposals by e-mail. The platform lets them publish calls, receive applications with attachments, assign evaluators and record scores, manage conflicts of interest, pay vouchers in tranches and follow results. Applicants track their file online. Reports show the distribution of support by region, sector and gender of founders. We are adapting the internal tools we use for Luxembourg's SME support schemes into a reusable product; this entry is a draft while we decide on licensing and hosting options for partner agencies.",
    provider: 'luxinnovation',
    domainCodes: ['ENTERPRISE_DEVELOPMENT', 'PUBLIC_ADMINISTRATION'],
    principleCodes: ['REUSE_AND_IMPROVE', 'BE_DATA_DRIVEN'],
    tags: ['innovation vouchers', 'grant management', 'sme support'],
    maturity: 'PROTOTYPE',
    openSource: false,
    countriesDeployed: ['LU'],
    status: 'DRAFT',
  },
  // ---------------------------------------------------------------- LHoFT
  {
    language: 'en',
    title: 'Innovation office and fintech sandbox set-up support for regulators',
    summary:
      "Peer advice and practical toolkits for central banks and regulators who want to open an innovation office or a regulatory sandbox, drawing on Luxembourg's experience.",
    description:
      "The LHoFT connects regulators in partner countries with practitioners from Luxembourg's financial centre, its supervisory authorities and its fintech community. The programme covers the choice between an innovation office, a sandbox or a test-and-learn approach, eligibility criteria, consumer safeguards during tests, cooperation with data protection and competition authorities, and exit strategies. It includes study visits to Luxembourg, remote mentoring during the first sandbox cohort and introductions to fintechs with relevant solutions. We also share templates for application forms and reporting. The programme has worked with regulators and innovation hubs in West and East Africa in cooperation with Luxembourg's development cooperation.",
    provider: 'lhoft',
    domainCodes: ['FINTECH', 'CONSUMER_PROTECTION'],
    principleCodes: ['BE_COLLABORATIVE', 'UNDERSTAND_ECOSYSTEM'],
    tags: ['regulatory sandbox', 'innovation office', 'central bank', 'peer learning'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['RW', 'SN', 'LU'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Open finance API standards and interoperability toolkit',
    summary:
      'Draft reference API specifications, test tools and governance templates for markets that want banks, MFIs and fintechs to share data and initiate payments securely with customer consent.',
    description:
      'Open finance lets customers share their account data with other providers, for example to obtain a loan based on their savings history at a microfinance institution, or to pay from a wallet to a bank account seamlessly. The toolkit adapts European open banking experience to markets with many small institutions: a minimal set of API specifications for accounts, transactions and payments, a consent model, a conformance test suite, a sandbox for developers and governance templates for an industry working group. Specifications would be published under an open licence so that core banking vendors can implement them, and the LHoFT would facilitate the working groups with the central bank and associations of financial institutions. At this stage the toolkit is a concept note and a first draft of the specifications, which we want to refine with one pilot market.',
    provider: 'lhoft',
    domainCodes: ['FINTECH', 'INCLUSIVE_FINANCE'],
    principleCodes: ['OPEN_STANDARDS', 'BE_COLLABORATIVE', 'PRIVACY_AND_SECURITY'],
    tags: ['open finance', 'api standards', 'interoperability', 'consent'],
    maturity: 'IDEA',
    openSource: true,
    countriesDeployed: [],
    status: 'PUBLISHED',
  },
  {
    language: 'fr',
    title: "Programme d'accélération fintech pour l'inclusion financière des femmes et des jeunes",
    summary:
      'Un programme de six mois qui accompagne des fintechs africaines et luxembourgeoises dans la conception et le test de services financiers numériques pour les femmes entrepreneures et les jeunes.',
    description:
      "Le programme sélectionne chaque année une dizaine de fintechs proposant des solutions de crédit numérique, d'épargne, d'assurance ou de paiement pour les micro-entreprises. Il combine un atelier de conception centrée sur les utilisateurs, un mentorat par des experts du centre financier luxembourgeois, l'accès à des institutions partenaires (banques, institutions de microfinance, agences publiques) pour des projets pilotes et un accompagnement réglementaire pour respecter les règles de la BCEAO sur la monnaie électronique et le crédit. Les résultats des pilotes sont mesurés avec des indicateurs sexo-spécifiques. Le programme est mené en français et en anglais, avec des sessions à Dakar, Abidjan et Luxembourg. La dernière cohorte a permis le lancement d'un pilote de crédit numérique pour des entrepreneures au Sénégal.",
    provider: 'lhoft',
    domainCodes: ['FINTECH', 'INCLUSIVE_FINANCE', 'ENTERPRISE_DEVELOPMENT'],
    principleCodes: ['DESIGN_WITH_USER', 'BE_COLLABORATIVE', 'UNDERSTAND_ECOSYSTEM'],
    tags: ['accélérateur', 'fintech', 'inclusion financière', 'entrepreneures', 'crédit numérique'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['SN', 'CI', 'LU'],
    status: 'PUBLISHED',
  },
  // ---------------------------------------------------------------- CTIE
  {
    language: 'en',
    title: 'Citizen e-services portal and interoperability lessons from MyGuichet.lu',
    summary:
      "Peer exchange and technical advice, based on Luxembourg's government e-services portal, on building a single citizen and business portal with online forms, authentication and a personal document space.",
    description:
      "Luxembourg's CTIE runs the state's central IT services, including the portal through which citizens and businesses complete hundreds of administrative procedures online with a secure authentication. For partner administrations, CTIE offers peer exchanges and expert missions on portal architecture, the once-only principle, the catalogue of procedures, identity and access management, the integration of back offices through an interoperability layer, and the organisation of a government IT centre. We share specifications, lessons learned and, where licences allow, reusable components; we do not sell or operate systems abroad. Missions are carried out in French or English, jointly with LuxDev or the partner's own digital agency.",
    provider: 'ctie',
    domainCodes: ['PUBLIC_ADMINISTRATION'],
    principleCodes: ['REUSE_AND_IMPROVE', 'BE_COLLABORATIVE', 'OPEN_STANDARDS'],
    tags: [
      'e-government',
      'e-services',
      'once-only principle',
      'interoperability',
      'peer exchange',
    ],
    maturity: 'SCALED',
    openSource: false,
    countriesDeployed: ['LU', 'CV'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Electronic identity and trust services: architecture and eIDAS alignment advice',
    summary:
      "Advice from the team that runs Luxembourg's eID card infrastructure on national eID, authentication federation and eIDAS-compatible signatures.",
    description:
      "Countries aligning with EU standards often ask how a national eID card, mobile authentication and qualified signatures fit together, and how foreign relying parties can trust documents signed at home. CTIE's identity team shares its experience of running the Luxembourg electronic identity card, the authentication gateway used by public services, and cross-border recognition under eIDAS. Advice covers the legal and technical architecture, certificate policies, the supervision of trust service providers, and the choice between smart cards and mobile-based solutions. Missions are short and targeted and are combined, where useful, with private providers for implementation. Working languages: French, English and German.",
    provider: 'ctie',
    domainCodes: ['PUBLIC_ADMINISTRATION', 'CYBERSECURITY'],
    principleCodes: ['OPEN_STANDARDS', 'PRIVACY_AND_SECURITY', 'BE_COLLABORATIVE'],
    tags: ['eid', 'eidas', 'trust services', 'authentication', 'e-signature'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['LU', 'XK'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Sovereign government cloud: hosting model and operations know-how',
    summary:
      'Guidance on setting up a government private cloud and data centre operations: service catalogue, security zoning, backup and continuity, and cost recovery from ministries.',
    description:
      "Partner governments building a national data centre often underestimate operations: who runs it, which services it offers to ministries, how costs are recovered and how continuity is ensured. CTIE shares how it runs Luxembourg's government private cloud: service catalogue (virtual machines, containers, storage, backup), security zoning by data classification, disaster recovery across two sites, monitoring and change management, and a staffing model. We advise on procurement of infrastructure and on staff training paths. This is knowledge transfer, not hosting: data remain in the partner country. Delivered through study visits and remote coaching, in French or English.",
    provider: 'ctie',
    domainCodes: ['INFRASTRUCTURE_TELECOM', 'PUBLIC_ADMINISTRATION', 'CYBERSECURITY'],
    principleCodes: ['BUILD_FOR_SUSTAINABILITY', 'PRIVACY_AND_SECURITY'],
    tags: ['government cloud', 'data centre', 'business continuity', 'data sovereignty'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['LU'],
    status: 'PUBLISHED',
  },
  // ---------------------------------------------------------------- INFPC
  {
    language: 'fr',
    title:
      'Observatoire de la formation : collecte et analyse des données sur la formation continue',
    summary:
      "Méthodes et outils pour construire un observatoire national de la formation : enquêtes auprès des entreprises, exploitation des données administratives et publication d'indicateurs.",
    description:
      "L'INFPC gère au Luxembourg un observatoire qui mesure l'accès à la formation continue, l'investissement des entreprises et les parcours des salariés, à partir de données administratives et d'enquêtes. Nous proposons aux institutions partenaires de partager cette démarche : définition d'indicateurs, conception des enquêtes auprès des entreprises et des centres de formation, appariement avec les données de l'emploi dans le respect de la protection des données, outils de visualisation et publications régulières destinées aux décideurs. L'accompagnement comprend des ateliers, un appui à distance pendant la première édition et des échanges entre statisticiens. Il s'adresse notamment aux ministères de l'enseignement technique et aux fonds de financement de la formation professionnelle.",
    provider: 'infpc',
    domainCodes: ['EDUCATION', 'DATA_STATISTICS'],
    principleCodes: ['BE_DATA_DRIVEN', 'BE_COLLABORATIVE'],
    tags: ['observatoire', 'formation continue', 'indicateurs', 'enquêtes entreprises'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['LU'],
    status: 'PUBLISHED',
  },
  {
    language: 'fr',
    title: 'Portail national de la formation tout au long de la vie',
    summary:
      "Un catalogue en ligne de l'offre de formation professionnelle et continue, avec moteur de recherche, fiches métiers et orientation, inspiré du portail lifelong-learning.lu.",
    description:
      "Le portail rassemble l'offre de formation de tous les organismes d'un pays : cours, certifications, modalités (présentiel, à distance), coûts et aides financières. Les organismes mettent à jour leurs offres eux-mêmes selon un format commun, et les usagers trouvent une formation par métier, compétence ou région, avec des conseils d'orientation. Le portail peut être complété par un module de gestion des aides individuelles à la formation. L'INFPC partage son expérience de conception et d'animation du portail lifelong-learning.lu, le modèle de données et les règles de qualité des offres ; le développement est réalisé par le partenaire ou un prestataire de son choix. Utile pour les pays qui réforment leur formation professionnelle et veulent rendre l'offre visible aux jeunes et aux entreprises.",
    provider: 'infpc',
    domainCodes: ['EDUCATION'],
    principleCodes: ['DESIGN_WITH_USER', 'REUSE_AND_IMPROVE'],
    tags: ['formation tout au long de la vie', 'catalogue de formations', 'orientation', 'portail'],
    maturity: 'SCALED',
    openSource: false,
    countriesDeployed: ['LU'],
    status: 'PUBLISHED',
  },
  // ---------------------------------------------------------------- ADA
  {
    language: 'en',
    title: 'Shared cloud core banking system for small microfinance institutions',
    summary:
      'A mutualised, subscription-based core banking system for small MFIs and savings cooperatives, with regulatory reporting, mobile money integration and migration support.',
    description:
      'Small microfinance institutions cannot afford their own core banking licence and IT team. ADA has supported national microfinance associations in setting up shared platforms: one open-source core banking system hosted by the association or a local data centre, configured for each member, with accounting following regional standards, automated regulatory reports for the central bank, and connectors to mobile money operators for deposits and repayments. Branches work with light web clients that tolerate slow connections, and field officers can capture repayments offline on tablets. ADA finances part of the set-up, coaches the association on governance and pricing so that subscription fees cover running costs, and trains member staff. Platforms of this kind serve MFIs in Burkina Faso, Senegal and Laos.',
    provider: 'ada',
    domainCodes: ['INCLUSIVE_FINANCE', 'FINTECH'],
    principleCodes: ['REUSE_AND_IMPROVE', 'BUILD_FOR_SUSTAINABILITY', 'BE_COLLABORATIVE'],
    tags: [
      'microfinance',
      'core banking',
      'shared platform',
      'regulatory reporting',
      'mobile money',
    ],
    maturity: 'DEPLOYED',
    openSource: true,
    countriesDeployed: ['BF', 'SN', 'LA'],
    status: 'PUBLISHED',
  },
  {
    language: 'fr',
    title: "Centrale d'information sur le crédit pour le secteur de la microfinance",
    summary:
      'Une base partagée des encours et des incidents de remboursement des clients de microfinance, pour limiter le surendettement et permettre aux bons payeurs de se constituer un historique.',
    description:
      "Dans les marchés où plusieurs institutions prêtent aux mêmes clients, le surendettement progresse faute de partage d'information. ADA accompagne les associations professionnelles dans la mise en place d'une centrale d'information : chaque institution déclare mensuellement les encours et retards de ses clients selon un format commun, et consulte l'historique d'un demandeur avant d'accorder un crédit, avec son consentement. Les clients peuvent consulter et faire corriger leurs données. La centrale est interfacée avec le bureau d'information sur le crédit réglementé par la banque centrale lorsqu'il existe, afin de ne pas créer de système parallèle. Nous finançons l'étude de faisabilité, la rédaction des règles de gouvernance et la formation des agents de crédit. Interface en français et en anglais.",
    provider: 'ada',
    domainCodes: ['INCLUSIVE_FINANCE', 'CONSUMER_PROTECTION', 'DATA_STATISTICS'],
    principleCodes: ['BE_COLLABORATIVE', 'PRIVACY_AND_SECURITY', 'BE_DATA_DRIVEN'],
    tags: ['centrale des risques', 'surendettement', 'microfinance', 'historique de crédit'],
    maturity: 'PILOT',
    openSource: false,
    countriesDeployed: ['BF', 'BJ'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Financial education app and fee transparency tool for low-literacy users',
    summary:
      'A voice-first mobile app and USSD service teaching budgeting, credit and scam awareness, combined with a neutral comparison of fees charged by banks, MFIs and mobile money providers.',
    description:
      "Financial education works when it is short, practical and in the user's language. The app delivers five-minute audio stories and quizzes on budgeting, saving, borrowing responsibly, mobile money fees and common scams, with illustrations instead of text for low-literacy users. A fee comparison module, fed by standardised declarations that financial institutions update themselves, shows the real cost of a transfer, an account or a loan. A USSD version serves users with basic phones. Content is co-created with microfinance institutions and consumer associations and can be adapted by national authorities. Available in French, English, Moore, Dioula and Wolof. Piloted with 20,000 users in Burkina Faso and Senegal.",
    provider: 'ada',
    domainCodes: ['CONSUMER_PROTECTION', 'INCLUSIVE_FINANCE', 'EDUCATION'],
    principleCodes: ['DESIGN_WITH_USER', 'OPEN_STANDARDS'],
    tags: ['financial literacy', 'fee transparency', 'consumer protection', 'low literacy', 'ussd'],
    maturity: 'PILOT',
    openSource: true,
    countriesDeployed: ['BF', 'SN'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Alternative credit assessment for rural and agricultural borrowers',
    summary:
      'A credit assessment method and tool that helps MFIs lend to farmers and rural micro-enterprises using cash-flow analysis, savings group records and mobile money history.',
    description:
      "Farmers and rural entrepreneurs are often rejected because their income is seasonal and undocumented. ADA and partner MFIs developed a credit assessment tool that loan officers use on a tablet: it reconstructs household cash flows over the agricultural calendar, integrates savings group records and, with the client's consent, mobile money history, and proposes loan sizes and repayment schedules adapted to harvest periods. A scoring component learns from repayment outcomes over time. The tool works offline and synchronises with the MFI's core banking system. It is accompanied by training for loan officers and a portfolio monitoring guide. Deployed in MFIs in Senegal and Laos and adapted for a credit guarantee fund in the Western Balkans.",
    provider: 'ada',
    domainCodes: ['INCLUSIVE_FINANCE', 'FINTECH', 'AGRICULTURE'],
    principleCodes: ['DESIGN_WITH_USER', 'BE_DATA_DRIVEN'],
    tags: ['credit assessment', 'rural finance', 'agricultural credit', 'alternative data'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['SN', 'LA', 'XK'],
    status: 'PUBLISHED',
  },
  // ---------------------------------------------------------------- Digital Inclusion
  {
    language: 'en',
    title: 'Refurbished computer labs for schools with offline learning content',
    summary:
      'Refurbished laptops and desktops, an offline content server and teacher training to equip schools with functioning computer rooms at low cost.',
    description:
      'Digital Inclusion collects used computers from Luxembourg companies and public bodies, wipes them to certified standards, refurbishes them and installs a free operating system with educational software. For partner schools, we prepare complete labs of 15 to 30 machines with a local server holding offline resources (encyclopaedia, open textbooks, coding exercises, national curriculum material when provided), plus a training course for two referent teachers per school on maintenance and classroom use. Energy-efficient machines are selected for sites with solar power. Shipping is organised with partner NGOs, and a local technician network handles repairs. Labs have been installed in schools in Cabo Verde and Senegal. Reuse extends the life of equipment and reduces electronic waste.',
    provider: 'digital-inclusion',
    domainCodes: ['EDUCATION', 'INFRASTRUCTURE_TELECOM'],
    principleCodes: ['BUILD_FOR_SUSTAINABILITY', 'REUSE_AND_IMPROVE'],
    tags: [
      'computer labs',
      'refurbished devices',
      'schools',
      'offline content',
      'teacher training',
    ],
    maturity: 'DEPLOYED',
    openSource: true,
    countriesDeployed: ['LU', 'CV', 'SN'],
    status: 'PUBLISHED',
  },
  {
    language: 'fr',
    title: "Médiation numérique pour l'accès des publics éloignés aux services en ligne",
    summary:
      "Formation de médiateurs numériques qui accompagnent les personnes âgées, peu alphabétisées ou migrantes dans l'utilisation des services publics et bancaires en ligne.",
    description:
      "Quand une administration dématérialise ses démarches, une partie de la population risque d'en être exclue. Digital Inclusion forme et outille des médiateurs numériques, salariés ou bénévoles, qui tiennent des permanences dans des maisons de quartier, des mairies ou des bureaux de poste : aide à la création d'une adresse électronique, à une démarche en ligne, à l'utilisation d'un portefeuille mobile, prévention des arnaques. Le programme comprend un référentiel de compétences, des fiches pratiques illustrées, un outil de suivi anonyme des demandes pour faire remonter aux administrations les difficultés rencontrées, et des ateliers collectifs. Les supports existent en français, anglais et portugais. Le modèle est appliqué au Luxembourg depuis plusieurs années et a été présenté à des partenaires au Cabo Verde.",
    provider: 'digital-inclusion',
    domainCodes: ['EDUCATION', 'PUBLIC_ADMINISTRATION'],
    principleCodes: ['DESIGN_WITH_USER', 'UNDERSTAND_ECOSYSTEM'],
    tags: [
      'médiation numérique',
      'inclusion numérique',
      'services publics en ligne',
      'accompagnement',
    ],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['LU'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Multilingual digital literacy modules for adults',
    summary:
      'Short, picture-based modules teaching adults to use a smartphone, messaging, mobile money and online services safely, designed for group sessions without internet.',
    description:
      "The modules were written for adults who have never used a smartphone or who only make calls. Each module lasts about an hour and is built around a practical task: sending a voice message, taking and sharing a photo, checking a mobile money balance, recognising a scam message, finding health information. Trainers use a tablet and a small projector, and all videos and exercises work offline. Material is published under a Creative Commons licence so that NGOs, libraries and public services can translate and reuse it; French, English, Portuguese and Arabic versions exist. Developed from workshops held with newcomers in Luxembourg, the modules are being tested with a women's cooperative network in Senegal.",
    provider: 'digital-inclusion',
    domainCodes: ['EDUCATION', 'CONSUMER_PROTECTION'],
    principleCodes: ['DESIGN_WITH_USER', 'REUSE_AND_IMPROVE', 'OPEN_STANDARDS'],
    tags: ['digital literacy', 'adult education', 'smartphone skills', 'creative commons'],
    maturity: 'PILOT',
    openSource: true,
    countriesDeployed: ['LU', 'SN'],
    status: 'PUBLISHED',
  },
  // ---------------------------------------------------------------- Croix-Rouge
  {
    language: 'en',
    title: 'Community-based early warning with trained volunteers and SMS relays',
    summary:
      'Village volunteers trained to observe local hazards, report by SMS or voice and relay official warnings door to door, connected to national alert systems.',
    description:
      'Technology alone does not make early warning reach people. Working with national Red Cross and Red Crescent societies, we train community volunteers to monitor river levels with simple gauges, rainfall and pasture conditions, and to report observations by SMS or voice call to a platform used by the national society and civil protection. When an official warning is issued, volunteers receive it by SMS and relay it through loudspeakers, door-to-door visits and community radio, in local languages, and help with evacuation of vulnerable people. Reports from the field enrich forecasts and confirm impacts. The platform uses open-source data collection tools and supports the Common Alerting Protocol. Implemented with partner national societies in the Sahel and in West Africa.',
    provider: 'croix-rouge',
    domainCodes: ['EMERGENCY_COMMUNICATIONS', 'AGRICULTURE'],
    principleCodes: ['DESIGN_WITH_USER', 'UNDERSTAND_ECOSYSTEM', 'BE_COLLABORATIVE'],
    tags: ['early warning', 'community volunteers', 'floods', 'sms', 'local languages'],
    maturity: 'DEPLOYED',
    openSource: true,
    countriesDeployed: ['BF', 'NE', 'GH'],
    status: 'PUBLISHED',
  },
  {
    language: 'fr',
    title: "Registre des bénéficiaires et distribution d'aide en espèces en situation d'urgence",
    summary:
      "Enregistrement numérique des ménages affectés, vérification et distribution d'aide en espèces ou en bons, avec protection renforcée des données des personnes vulnérables.",
    description:
      'Après une catastrophe ou un déplacement de population, les équipes enregistrent les ménages sur smartphone hors ligne, avec photo et critères de vulnérabilité, et leur remettent une carte à QR code. La liste est dédoublonnée, validée avec les comités locaux et transmise aux prestataires de paiement (mobile money, agents, bons chez des commerçants) sans exposer plus de données que nécessaire. Le suivi des distributions, les plaintes et les enquêtes post-distribution sont gérés dans le même outil. Les données sont chiffrées et conservées selon une politique stricte de minimisation, conforme aux règles du Mouvement international de la Croix-Rouge sur la protection des données. Interface en français et en anglais. Utilisé lors de réponses aux inondations au Niger et au Burkina Faso.',
    provider: 'croix-rouge',
    domainCodes: ['EMERGENCY_COMMUNICATIONS', 'INCLUSIVE_FINANCE'],
    principleCodes: ['PRIVACY_AND_SECURITY', 'DESIGN_WITH_USER'],
    tags: [
      'transferts monétaires',
      'urgence humanitaire',
      'registre des bénéficiaires',
      'protection des données',
    ],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['NE', 'BF'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'First aid mobile app with emergency call guidance',
    summary:
      'A free app teaching first aid through short videos and guiding bystanders step by step during an emergency while they call the emergency number.',
    description:
      "The app offers first aid lessons (bleeding, burns, choking, unconsciousness, snake bites, drowning) as short videos and illustrated steps that work offline once downloaded. In an emergency, a single button calls the national emergency number and displays the steps to follow while waiting, with a metronome for chest compressions. Users can share their location with responders by SMS. The app is adapted to each country with the national Red Cross society: local emergency numbers, frequent risks, languages. It builds on the global first aid app template of the Red Cross Red Crescent network and on our experience in Luxembourg. It can be linked to ambulance dispatch services to send the caller's position automatically.",
    provider: 'croix-rouge',
    domainCodes: ['EMERGENCY_COMMUNICATIONS', 'TELEMEDICINE', 'EDUCATION'],
    principleCodes: ['DESIGN_WITH_USER', 'REUSE_AND_IMPROVE'],
    tags: ['first aid', 'mobile app', 'emergency calls', 'bystanders'],
    maturity: 'SCALED',
    openSource: false,
    countriesDeployed: ['LU', 'RW'],
    status: 'PUBLISHED',
  },
  // ---------------------------------------------------------------- EIB
  {
    language: 'en',
    title: 'Financing and advisory for rural broadband and digital infrastructure',
    summary:
      'Long-term loans, grants blended with EU funds and project preparation support for governments and operators investing in backbone, rural broadband and data centres.',
    description:
      "EIB Global finances digital infrastructure in partner countries under the Global Gateway strategy: national backbones, rural broadband roll-out by operators or universal service funds, community connectivity, and public data centres. Beyond the loan, the Bank's advisory teams help prepare bankable projects: market studies, choice of technology (fibre, fixed wireless, satellite), the design of open-access or public-private partnership models that bring in private operators, and environmental and social standards. Financing is typically above 20 million euros but can reach smaller projects through intermediated lines with local banks. Recent operations include rural connectivity programmes in sub-Saharan Africa. Working languages: English and French.",
    provider: 'eib',
    domainCodes: ['INFRASTRUCTURE_TELECOM'],
    principleCodes: ['DESIGN_FOR_SCALE', 'BUILD_FOR_SUSTAINABILITY', 'UNDERSTAND_ECOSYSTEM'],
    tags: [
      'infrastructure finance',
      'rural broadband',
      'global gateway',
      'public-private partnership',
    ],
    maturity: 'SCALED',
    openSource: false,
    countriesDeployed: ['GH', 'SN', 'RW'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Credit lines and guarantees for MSME lending through local financial institutions',
    summary:
      'Intermediated credit lines and portfolio guarantees that let banks and microfinance institutions expand lending to micro, small and medium enterprises, including digital lenders.',
    description:
      "The Bank lends to and guarantees the portfolios of local banks, microfinance institutions and leasing companies, which in turn lend to micro, small and medium enterprises that would otherwise lack access to finance. Recent facilities support digital lending, women-led businesses and climate adaptation in agriculture. Technical assistance grants accompany the finance to strengthen credit risk management, introduce digital loan processes and measure outreach. The offer suits partner institutions such as credit guarantee funds or second-tier financiers that want to grow their programmes. Eligibility and pricing depend on the institution's financial strength and on EU guarantee instruments available in the country.",
    provider: 'eib',
    domainCodes: ['INCLUSIVE_FINANCE', 'ENTERPRISE_DEVELOPMENT'],
    principleCodes: ['DESIGN_FOR_SCALE', 'UNDERSTAND_ECOSYSTEM'],
    tags: ['msme finance', 'credit lines', 'portfolio guarantee', 'women entrepreneurs'],
    maturity: 'SCALED',
    openSource: false,
    countriesDeployed: ['XK', 'SN', 'TN'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Technical assistance for digital public infrastructure investment planning',
    summary:
      'Advisory support to ministries preparing digital public infrastructure programmes (identity, payments, data exchange) for financing by development banks.',
    description:
      'Ministries preparing large digital public infrastructure programmes often struggle to turn a strategy into a financeable investment plan. The advisory facility funds experts who help partners estimate costs over the full life cycle, prioritise components such as identity, interoperable payments and data exchange, assess risks including cybersecurity and data protection, and prepare procurement strategies that avoid vendor lock-in. The work follows the principles for digital development and coordinates with other development partners to avoid parallel systems. Support is demand-driven, usually between six and eighteen months, and can lead to EIB financing or to financing by other partners.',
    provider: 'eib',
    domainCodes: ['PUBLIC_ADMINISTRATION', 'INFRASTRUCTURE_TELECOM'],
    principleCodes: ['UNDERSTAND_ECOSYSTEM', 'BUILD_FOR_SUSTAINABILITY', 'BE_COLLABORATIVE'],
    tags: ['digital public infrastructure', 'investment planning', 'advisory', 'vendor lock-in'],
    maturity: 'PILOT',
    openSource: false,
    countriesDeployed: ['BJ', 'CI'],
    status: 'PUBLISHED',
  },
  // ---------------------------------------------------------------- emergency.lu
  {
    language: 'en',
    title: 'emergency.lu satellite connectivity for humanitarian and disaster response',
    summary:
      'Rapidly deployable satellite terminals, capacity and coordination tools that restore internet and voice for humanitarian responders within hours of a disaster.',
    description:
      "emergency.lu provides a satellite-based communication platform for humanitarian operations: rapidly deployable terminals that can be flown to a disaster area, satellite capacity, and a virtual hub that gives responders access to the internet, voice and coordination applications. It works alongside the humanitarian Emergency Telecommunications Cluster, to which it contributes connectivity in large emergencies. Kits can be pre-positioned with national civil protection services and used in exercises. The platform has supported responses in Africa, the Caribbean and the Middle East, including long-term deployments in the Sahel. Connectivity services are made available to humanitarian partners free of charge during emergencies, funded by Luxembourg's humanitarian action.",
    provider: 'emergency-lu',
    domainCodes: ['EMERGENCY_COMMUNICATIONS', 'INFRASTRUCTURE_TELECOM'],
    principleCodes: ['BE_COLLABORATIVE', 'DESIGN_FOR_SCALE'],
    tags: [
      'satellite communications',
      'humanitarian response',
      'disaster response',
      'connectivity',
    ],
    maturity: 'SCALED',
    openSource: false,
    countriesDeployed: ['ML', 'NE', 'BF'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Field coordination platform for multi-agency crisis response',
    summary:
      'A shared situational awareness tool for crisis cells: incident maps, situation reports, resource requests and task tracking between agencies and islands or regions.',
    description:
      'During a crisis, civil protection, health services, the army and NGOs often share information by phone and messaging groups, and nobody has the full picture. The coordination platform offers a common operational picture: incidents and affected areas on a map, structured situation reports, requests for resources and their status, and a task board for the crisis cell. It runs in a browser and on phones, works over satellite links with low bandwidth and caches data offline in the field. The platform can receive alerts in the Common Alerting Protocol and publish public information. Used in exercises with civil protection services and in several humanitarian operations in which emergency.lu provided connectivity. Interfaces in English, French and Portuguese.',
    provider: 'emergency-lu',
    domainCodes: ['EMERGENCY_COMMUNICATIONS', 'DATA_STATISTICS'],
    principleCodes: ['OPEN_STANDARDS', 'BE_COLLABORATIVE', 'DESIGN_WITH_USER'],
    tags: [
      'crisis coordination',
      'situational awareness',
      'civil protection',
      'common alerting protocol',
    ],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['CV', 'NE'],
    status: 'PUBLISHED',
  },
  {
    language: 'en',
    title: 'Emergency telecommunications training for national responders',
    summary:
      'Hands-on training for civil protection and humanitarian staff on deploying satellite kits, setting up field networks and keeping communications running during a crisis.',
    description:
      'The course trains national responders to deploy and operate emergency telecommunications on their own: satellite terminal set-up and pointing, power management with generators and solar panels, field Wi-Fi and radio interconnection, basic network troubleshooting and security, and communication procedures in a crisis cell. It ends with a simulation exercise in realistic conditions. Courses are given in English or French, on site or in Luxembourg, and can be combined with the pre-positioning of kits. Trainees receive a certificate and join a community of practice for refresher sessions. Sessions have been organised with civil protection services and humanitarian partners from West Africa and small island states.',
    provider: 'emergency-lu',
    domainCodes: ['EMERGENCY_COMMUNICATIONS', 'EDUCATION'],
    principleCodes: ['BUILD_FOR_SUSTAINABILITY', 'BE_COLLABORATIVE'],
    tags: ['emergency telecommunications', 'training', 'civil protection', 'simulation exercise'],
    maturity: 'DEPLOYED',
    openSource: false,
    countriesDeployed: ['LU', 'SN', 'CV'],
    status: 'PUBLISHED',
  },
];
