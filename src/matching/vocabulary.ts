/**
 * The bilingual vocabulary of each domain: concepts with their usual French
 * and English wordings. When a need or solution uses any wording of a
 * concept, the search for its counterparts uses them all, so that a French
 * need finds an English solution that says the same thing ("paiement
 * mobile" / "mobile money"). Keep it to terms the working group actually
 * meets; add concepts here rather than special cases in the ranking.
 */
export interface Concept {
  en: string[];
  fr: string[];
}

export const VOCABULARY: Record<string, Concept[]> = {
  PUBLIC_ADMINISTRATION: [
    {
      en: ['administrative procedures', 'formalities', 'paperwork'],
      fr: ['demarches administratives', 'formalites', 'procedures administratives'],
    },
    { en: ['single window', 'one-stop portal'], fr: ['guichet unique', 'portail unique'] },
    {
      en: ['land rights', 'land tenure', 'parcels', 'customary land'],
      fr: ['droits fonciers', 'foncier', 'parcelles', 'droits coutumiers'],
    },
    { en: ['interoperability', 'data exchange'], fr: ['interoperabilite', 'echange de donnees'] },
    {
      en: ['civil servants', 'public servants'],
      fr: ['fonctionnaires', 'agents publics', 'agents de l etat'],
    },
    {
      en: [
        'civil registration',
        'civil registry',
        'vital statistics',
        'crvs',
        'vital events',
        'birth registration',
        'death registration',
        'birth certificates',
        'birth notification',
      ],
      fr: [
        'etat civil',
        'faits d etat civil',
        'enregistrement des naissances',
        'actes de naissance',
        'extraits de naissance',
        'actes de deces',
        'declaration des naissances',
      ],
    },
    {
      en: ['digitisation', 'digitization', 'document scanning'],
      fr: ['numerisation', 'numeriser', 'numerises'],
    },
    {
      en: ['digital identity', 'national id', 'identity card', 'e-id'],
      fr: ['identite numerique', 'carte d identite', 'identifiant unique'],
    },
    {
      en: [
        'e-government',
        'digital government',
        'online public services',
        'online procedures',
        'one-stop shop',
      ],
      fr: [
        'administration electronique',
        'e-administration',
        'services publics en ligne',
        'demarches en ligne',
        'procedures en ligne',
        'guichet unique',
      ],
    },
    {
      en: ['land registry', 'cadastre', 'land titles'],
      fr: ['cadastre', 'registre foncier', 'titres fonciers'],
    },
    {
      en: ['electronic records', 'records management', 'archives', 'document management'],
      fr: ['archives', 'gestion documentaire', 'dematerialisation'],
    },
    {
      en: ['procurement', 'public tenders'],
      fr: ['marches publics', 'commande publique', 'appels d offres'],
    },
    {
      en: ['tax administration', 'tax collection', 'e-filing', 'revenue authority', 'taxpayers'],
      fr: ['administration fiscale', 'recouvrement des impots', 'teledeclaration', 'contribuables'],
    },
    {
      en: ['electronic signature', 'digital signature'],
      fr: ['signature electronique', 'signature numerique'],
    },
  ],
  INCLUSIVE_FINANCE: [
    {
      en: ['cash transfers', 'social transfers', 'social assistance', 'g2p'],
      fr: ['transferts sociaux', 'transferts monetaires', 'aide sociale'],
    },
    {
      en: ['social protection', 'safety nets'],
      fr: ['protection sociale', 'filets sociaux', 'filets de securite sociale'],
    },
    {
      en: [
        'microfinance institutions',
        'saccos',
        'credit unions',
        'decentralised financial systems',
      ],
      fr: [
        'institutions de microfinance',
        'systemes financiers decentralises',
        'sfd',
        'cooperatives d epargne et de credit',
      ],
    },
    {
      en: ['agent network', 'agent outlets', 'cash-in', 'cash-out', 'cash withdrawal'],
      fr: ['reseau d agents', 'points de service', 'depot et retrait', 'retrait d especes'],
    },
    {
      en: ['payouts', 'bulk payments', 'disbursements'],
      fr: ['versements', 'paiements de masse', 'decaissements'],
    },
    {
      en: ['social registry', 'beneficiary registry', 'beneficiaries'],
      fr: ['registre social', 'registre des beneficiaires', 'beneficiaires'],
    },
    { en: ['loans', 'lending', 'credit'], fr: ['prets', 'credit', 'octroi de credit'] },
    {
      en: ['mobile money', 'mobile payment', 'mobile wallet'],
      fr: ['paiement mobile', 'monnaie mobile', 'portefeuille mobile', 'mobile money'],
    },
    {
      en: ['microfinance', 'microcredit', 'microloans'],
      fr: ['microfinance', 'microcredit', 'microcredits'],
    },
    {
      en: ['financial inclusion', 'unbanked', 'underbanked'],
      fr: ['inclusion financiere', 'non bancarises', 'population non bancarisee'],
    },
    {
      en: ['savings group', 'village savings', 'tontine'],
      fr: ['tontine', 'epargne communautaire', 'groupement d epargne'],
    },
    {
      en: ['remittances', 'money transfer'],
      fr: ['transferts de fonds', 'envois de fonds', 'transfert d argent'],
    },
    {
      en: ['core banking', 'loan management'],
      fr: ['systeme bancaire central', 'gestion des prets'],
    },
    {
      en: ['credit scoring', 'credit bureau'],
      fr: ['notation de credit', 'centrale des risques', 'bureau de credit'],
    },
    {
      en: ['social contributions', 'social security'],
      fr: ['cotisations sociales', 'securite sociale'],
    },
  ],
  CONSUMER_PROTECTION: [
    { en: ['disputes', 'dispute'], fr: ['litiges', 'litige', 'differends'] },
    { en: ['fees', 'tariffs', 'charges'], fr: ['frais', 'tarifs'] },
    {
      en: ['consumer protection', 'consumer rights'],
      fr: ['protection des consommateurs', 'droits des consommateurs'],
    },
    {
      en: ['complaints', 'complaint handling', 'grievance'],
      fr: ['reclamations', 'plaintes', 'traitement des plaintes'],
    },
    { en: ['dispute resolution', 'mediation'], fr: ['reglement des litiges', 'mediation'] },
    {
      en: ['price transparency', 'market surveillance'],
      fr: ['transparence des prix', 'surveillance du marche'],
    },
    {
      en: ['financial literacy', 'financial education'],
      fr: ['education financiere', 'culture financiere'],
    },
    { en: ['fraud', 'scam'], fr: ['fraude', 'escroquerie', 'arnaque'] },
  ],
  INFRASTRUCTURE_TELECOM: [
    {
      en: ['mobile network', 'cell sites', 'base stations', '4g'],
      fr: ['reseau mobile', 'antennes relais', 'stations de base', '4g'],
    },
    { en: ['community networks'], fr: ['reseaux communautaires'] },
    {
      en: ['network quality', 'quality of service'],
      fr: ['qualite de service', 'qualite des reseaux'],
    },
    {
      en: ['broadband', 'internet access', 'connectivity'],
      fr: ['haut debit', 'acces a internet', 'connectivite'],
    },
    {
      en: ['rural connectivity', 'last mile'],
      fr: ['connectivite rurale', 'dernier kilometre', 'zones rurales'],
    },
    { en: ['fibre optic', 'fiber optic', 'backbone'], fr: ['fibre optique', 'dorsale'] },
    { en: ['satellite'], fr: ['satellite', 'satellitaire'] },
    {
      en: ['data centre', 'data center', 'government cloud', 'hosting'],
      fr: ['centre de donnees', 'datacenter', 'cloud gouvernemental', 'hebergement'],
    },
    {
      en: ['spectrum', 'telecom regulation', 'regulator'],
      fr: ['spectre', 'regulation des telecommunications', 'regulateur'],
    },
    { en: ['internet exchange point', 'ixp'], fr: ['point d echange internet'] },
  ],
  CYBERSECURITY: [
    {
      en: ['cybersecurity', 'cyber security', 'information security'],
      fr: ['cybersecurite', 'securite informatique', 'securite de l information'],
    },
    { en: ['csirt', 'cert', 'incident response'], fr: ['csirt', 'cert', 'reponse aux incidents'] },
    {
      en: ['threat intelligence', 'threat sharing'],
      fr: ['renseignement sur les menaces', 'partage d informations sur les menaces'],
    },
    {
      en: ['risk assessment', 'risk analysis'],
      fr: ['analyse de risques', 'evaluation des risques'],
    },
    { en: ['penetration testing', 'vulnerability'], fr: ['test d intrusion', 'vulnerabilites'] },
    {
      en: ['cyber attacks', 'cyberattacks', 'ransomware'],
      fr: ['cyberattaques', 'attaques informatiques', 'rancongiciels'],
    },
    {
      en: ['security awareness', 'cyber hygiene'],
      fr: ['sensibilisation a la securite', 'hygiene numerique'],
    },
    {
      en: ['data protection', 'personal data', 'privacy'],
      fr: ['protection des donnees', 'donnees personnelles', 'vie privee'],
    },
  ],
  TELEMEDICINE: [
    {
      en: ['tele-expertise', 'specialist advice', 'second opinion', 'specialists'],
      fr: ['tele-expertise', 'avis specialise', 'second avis', 'specialistes'],
    },
    { en: ['dermatology'], fr: ['dermatologie'] },
    { en: ['radiology'], fr: ['radiologie'] },
    {
      en: ['rural clinics', 'health posts', 'rural health centres'],
      fr: ['centres de sante ruraux', 'postes de sante', 'dispensaires'],
    },
    {
      en: ['remote monitoring', 'chronic patients'],
      fr: ['telesurveillance', 'suivi a distance', 'maladies chroniques'],
    },
    {
      en: ['newborns', 'pregnant women', 'mothers'],
      fr: ['nouveau-nes', 'femmes enceintes', 'meres'],
    },
    {
      en: ['telemedicine', 'telehealth', 'teleconsultation', 'remote consultation'],
      fr: ['telemedecine', 'telesante', 'teleconsultation', 'consultation a distance'],
    },
    {
      en: ['electronic health record', 'patient record', 'medical record', 'ehr'],
      fr: ['dossier patient', 'dossier medical', 'dossier medical electronique'],
    },
    {
      en: ['health information system', 'dhis2'],
      fr: ['systeme d information sanitaire', 'dhis2'],
    },
    {
      en: ['community health workers'],
      fr: ['agents de sante communautaire', 'relais communautaires'],
    },
    {
      en: ['maternal health', 'prenatal care', 'antenatal'],
      fr: ['sante maternelle', 'consultations prenatales', 'suivi de grossesse'],
    },
    {
      en: ['diagnosis', 'diagnostic imaging', 'teleradiology'],
      fr: ['diagnostic', 'imagerie medicale', 'teleradiologie'],
    },
    {
      en: ['hospital', 'hospitals'],
      fr: ['hopital', 'hopitaux'],
    },
    {
      en: ['health centre', 'health center', 'health facility', 'health facilities'],
      fr: ['centre de sante', 'structure sanitaire', 'formation sanitaire'],
    },
    { en: ['maternity', 'maternity wards'], fr: ['maternite', 'maternites'] },
    {
      en: ['epidemic surveillance', 'disease surveillance'],
      fr: ['surveillance epidemiologique', 'surveillance des maladies'],
    },
    {
      en: ['vaccination', 'immunisation', 'immunization', 'vaccines'],
      fr: ['vaccination', 'vaccins'],
    },
    {
      en: ['cold chain', 'vaccine refrigerators', 'temperature monitoring'],
      fr: ['chaine du froid', 'refrigerateurs a vaccins', 'suivi de la temperature'],
    },
  ],
  ENTERPRISE_DEVELOPMENT: [
    { en: ['mentoring', 'coaching'], fr: ['mentorat', 'accompagnement', 'coaching'] },
    {
      en: [
        'business registration',
        'company registration',
        'company registry',
        'companies register',
        'commercial register',
        'business register',
      ],
      fr: [
        'creation d entreprise',
        'immatriculation des entreprises',
        'registre du commerce',
        'registre des societes',
        'registre du commerce et du credit mobilier',
        'rccm',
      ],
    },
    {
      en: ['sme', 'small business', 'entrepreneurs', 'entrepreneurship'],
      fr: ['pme', 'petites entreprises', 'entrepreneurs', 'entrepreneuriat'],
    },
    {
      en: ['incubator', 'accelerator', 'startup'],
      fr: ['incubateur', 'accelerateur', 'start-up', 'jeunes pousses'],
    },
    { en: ['informal sector', 'formalisation'], fr: ['secteur informel', 'formalisation'] },
    {
      en: ['e-commerce', 'online marketplace'],
      fr: ['commerce electronique', 'place de marche en ligne'],
    },
    {
      en: ['trade facilitation', 'customs'],
      fr: ['facilitation des echanges', 'douanes', 'dedouanement'],
    },
  ],
  FINTECH: [
    {
      en: ['regulatory reporting', 'financial regulators', 'central bank', 'suptech'],
      fr: ['reporting reglementaire', 'regulateurs financiers', 'banque centrale', 'suptech'],
    },
    {
      en: ['instant payments', 'real-time payments', 'payment interoperability'],
      fr: ['paiements instantanes', 'paiements en temps reel', 'interoperabilite des paiements'],
    },
    {
      en: ['fraud detection', 'transaction monitoring'],
      fr: ['detection de la fraude', 'surveillance des transactions'],
    },
    {
      en: ['qr code payments', 'merchant payments'],
      fr: ['paiement par code qr', 'paiements marchands'],
    },
    { en: ['fintech', 'financial technology'], fr: ['fintech', 'technologie financiere'] },
    {
      en: ['digital payments', 'payment gateway', 'payment switch'],
      fr: ['paiements numeriques', 'passerelle de paiement', 'interoperabilite des paiements'],
    },
    {
      en: ['regtech', 'regulatory sandbox', 'supervision'],
      fr: ['regtech', 'bac a sable reglementaire', 'supervision'],
    },
    {
      en: ['kyc', 'know your customer', 'anti-money laundering', 'aml'],
      fr: ['kyc', 'connaissance client', 'lutte contre le blanchiment', 'lbc'],
    },
    {
      en: ['blockchain', 'distributed ledger'],
      fr: ['blockchain', 'chaine de blocs', 'registre distribue'],
    },
    { en: ['open banking', 'api'], fr: ['banque ouverte', 'api'] },
    { en: ['crowdfunding'], fr: ['financement participatif'] },
  ],
  EDUCATION: [
    { en: ['offline', 'without internet'], fr: ['hors ligne', 'sans internet', 'sans connexion'] },
    {
      en: ['out-of-school children', 'continuity of learning'],
      fr: ['enfants non scolarises', 'continuite pedagogique', 'eleves prives d ecole'],
    },
    {
      en: ['offline learning', 'offline content'],
      fr: ['apprentissage hors ligne', 'contenus hors ligne'],
    },
    {
      en: ['e-learning', 'online learning', 'distance learning', 'mobile learning', 'mooc'],
      fr: [
        'apprentissage en ligne',
        'apprentissage mobile',
        'formation a distance',
        'enseignement a distance',
        'e-learning',
      ],
    },
    { en: ['teacher training'], fr: ['formation des enseignants', 'formation des maitres'] },
    { en: ['curriculum'], fr: ['programme scolaire', 'programmes scolaires', 'curriculum'] },
    {
      en: ['digital skills', 'digital literacy'],
      fr: ['competences numeriques', 'litteratie numerique', 'alphabetisation numerique'],
    },
    {
      en: ['vocational training', 'tvet'],
      fr: ['formation professionnelle', 'enseignement technique'],
    },
    {
      en: ['education management information system', 'emis', 'school management'],
      fr: ['systeme d information de l education', 'gestion scolaire'],
    },
    {
      en: ['examinations', 'assessment', 'testing'],
      fr: ['examens', 'evaluation des apprentissages'],
    },
    { en: ['school', 'pupils', 'students'], fr: ['ecole', 'eleves', 'etudiants'] },
  ],
  AGRICULTURE: [
    {
      en: ['agricultural census'],
      fr: ['recensement agricole', 'recensement general de l agriculture'],
    },
    {
      en: ['crop area', 'crop mapping'],
      fr: ['superficies cultivees', 'cartographie des cultures'],
    },
    { en: ['farmers', 'smallholders'], fr: ['agriculteurs', 'petits exploitants', 'producteurs'] },
    { en: ['crop', 'harvest', 'yield'], fr: ['cultures', 'recolte', 'rendement'] },
    {
      en: ['weather', 'climate information', 'agrometeorology'],
      fr: ['meteo', 'information climatique', 'agrometeorologie'],
    },
    { en: ['irrigation', 'water management'], fr: ['irrigation', 'gestion de l eau'] },
    { en: ['livestock', 'pastoralism', 'herders'], fr: ['elevage', 'pastoralisme', 'eleveurs'] },
    {
      en: ['market prices', 'agricultural markets'],
      fr: ['prix des marches', 'marches agricoles'],
    },
    {
      en: ['extension services', 'extension workers', 'extension officers'],
      fr: ['vulgarisation agricole', 'conseil agricole', 'conseillers agricoles'],
    },
    {
      en: ['crop pests', 'pests', 'crop diseases', 'plant protection', 'plant health'],
      fr: ['ravageurs', 'maladies des cultures', 'protection des vegetaux', 'sante des vegetaux'],
    },
    { en: ['food security'], fr: ['securite alimentaire'] },
    {
      en: ['satellite imagery', 'remote sensing', 'earth observation'],
      fr: ['imagerie satellitaire', 'teledetection', 'observation de la terre'],
    },
  ],
  DATA_STATISTICS: [
    {
      en: ['data collection', 'mobile data collection', 'odk', 'kobotoolbox'],
      fr: ['collecte de donnees', 'collecte numerique', 'odk', 'kobotoolbox'],
    },
    { en: ['tablets'], fr: ['tablettes'] },
    {
      en: ['dissemination', 'statistical dissemination'],
      fr: ['diffusion', 'diffusion statistique'],
    },
    {
      en: ['surveying', 'drone mapping', 'gnss', 'gps', 'aerial imagery', 'orthophotos'],
      fr: [
        'topographie',
        'leves',
        'cartographie par drone',
        'gps',
        'images aeriennes',
        'orthophotos',
      ],
    },
    { en: ['census', 'population census'], fr: ['recensement', 'recensement de la population'] },
    {
      en: ['enumeration areas', 'census cartography'],
      fr: ['zones de denombrement', 'cartographie censitaire'],
    },
    {
      en: ['enumerators', 'interviewers', 'capi'],
      fr: ['enqueteurs', 'agents recenseurs', 'capi'],
    },
    {
      en: ['household survey', 'survey', 'questionnaires'],
      fr: ['enquete aupres des menages', 'enquete', 'questionnaires'],
    },
    {
      en: ['national statistics office', 'official statistics'],
      fr: [
        'institut national de la statistique',
        'statistique publique',
        'statistiques officielles',
      ],
    },
    { en: ['open data'], fr: ['donnees ouvertes'] },
    {
      en: ['sensors', 'connected sensors', 'iot', 'internet of things'],
      fr: ['capteurs', 'capteurs connectes', 'objets connectes', 'internet des objets'],
    },
    {
      en: ['data platform', 'data warehouse', 'dashboard'],
      fr: ['plateforme de donnees', 'entrepot de donnees', 'tableau de bord'],
    },
    {
      en: ['anonymisation', 'anonymization', 'statistical disclosure control', 'microdata'],
      fr: ['anonymisation', 'controle de la divulgation', 'microdonnees'],
    },
    {
      en: ['geographic information system', 'gis', 'mapping'],
      fr: ['systeme d information geographique', 'sig', 'cartographie'],
    },
  ],
  EMERGENCY_COMMUNICATIONS: [
    { en: ['sms', 'text messages'], fr: ['sms', 'messages texte'] },
    {
      en: ['voice messages', 'interactive voice response', 'ivr'],
      fr: ['messages vocaux', 'serveur vocal interactif'],
    },
    {
      en: ['emergency radio', 'digital radio', 'radio network'],
      fr: ['radio numerique', 'reseau radio', 'radio d urgence'],
    },
    { en: ['mesh network', 'off-grid messaging'], fr: ['reseau maille', 'messagerie hors reseau'] },
    {
      en: ['public warning', 'warnings', 'emergency alerts', 'sirens'],
      fr: ['alerte a la population', 'alertes', 'alertes d urgence', 'sirenes'],
    },
    {
      en: ['rainfall', 'water levels', 'hydrometeorological', 'weather forecasts'],
      fr: ['pluviometrie', 'niveaux d eau', 'hydrometeorologique', 'previsions meteorologiques'],
    },
    {
      en: ['emergency number', 'emergency calls', 'computer-aided dispatch', 'ambulance dispatch'],
      fr: ['numero d urgence', 'appels d urgence', 'regulation medicale', 'samu'],
    },
    { en: ['community radio'], fr: ['radio communautaire', 'radios de proximite'] },
    { en: ['early warning'], fr: ['alerte precoce'] },
    {
      en: ['emergency communications', 'crisis communication'],
      fr: ['communications d urgence', 'communication de crise'],
    },
    {
      en: ['disaster response', 'humanitarian response', 'disaster management'],
      fr: ['reponse aux catastrophes', 'reponse humanitaire', 'gestion des catastrophes'],
    },
    { en: ['flood', 'flooding'], fr: ['inondation', 'inondations', 'crue'] },
    { en: ['drought'], fr: ['secheresse'] },
    { en: ['cell broadcast'], fr: ['diffusion cellulaire'] },
    {
      en: ['civil protection', 'first responders'],
      fr: ['protection civile', 'secours', 'premiers intervenants'],
    },
    {
      en: ['emergency telecommunications', 'satellite communications'],
      fr: ['telecommunications d urgence', 'communications par satellite'],
    },
  ],
};

/** Lower case, accents folded, punctuation as spaces, padded: the form phrases are matched in. */
export function foldText(text: string): string {
  return ` ${text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

const CONCEPTS: { phrases: string[]; folded: string[] }[] = Object.values(VOCABULARY)
  .flat()
  .map((c) => {
    const phrases = [...new Set([...c.en, ...c.fr])];
    return { phrases, folded: phrases.map((p) => foldText(p)) };
  });

/**
 * The wordings, in both languages, of every concept the text mentions: the
 * search terms that carry a need (or a solution) across the language line.
 */
export function crossLanguageTerms(text: string): string[] {
  const folded = foldText(text);
  const terms = new Set<string>();
  for (const concept of CONCEPTS) {
    if (concept.folded.some((p) => folded.includes(p)))
      concept.phrases.forEach((p) => terms.add(p));
  }
  return [...terms];
}
