// The shape of the demo data: plain records, linked by natural keys
// (ministry acronym, organisation key) so that the content reads as written.
export type DomainCode =
  | 'PUBLIC_ADMINISTRATION'
  | 'INCLUSIVE_FINANCE'
  | 'CONSUMER_PROTECTION'
  | 'INFRASTRUCTURE_TELECOM'
  | 'CYBERSECURITY'
  | 'TELEMEDICINE'
  | 'ENTERPRISE_DEVELOPMENT'
  | 'FINTECH'
  | 'EDUCATION'
  | 'AGRICULTURE'
  | 'DATA_STATISTICS'
  | 'EMERGENCY_COMMUNICATIONS';

export type PrincipleCode =
  | 'DESIGN_WITH_USER'
  | 'UNDERSTAND_ECOSYSTEM'
  | 'DESIGN_FOR_SCALE'
  | 'BUILD_FOR_SUSTAINABILITY'
  | 'BE_DATA_DRIVEN'
  | 'OPEN_STANDARDS'
  | 'REUSE_AND_IMPROVE'
  | 'PRIVACY_AND_SECURITY'
  | 'BE_COLLABORATIVE';

export interface DemoMinistry {
  acronym: string;
  name: string;
}

export interface DemoOrganization {
  /** Short stable key used by solutions to name their provider. */
  key: string;
  name: string;
  kind: 'RESEARCH' | 'PRIVATE_SECTOR' | 'PUBLIC_AGENCY' | 'CIVIL_SOCIETY' | 'INTERNATIONAL';
  countryCode: string;
  website?: string;
}

export interface DemoNeed {
  language: 'fr' | 'en';
  title: string;
  description: string;
  countryCode: string;
  domainCodes: DomainCode[];
  principleCodes: PrincipleCode[];
  tags: string[];
  /** Acronym of the member ministry that logged it. */
  ministry: string;
  partnerInstitution?: string;
  priority: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
  status: 'DRAFT' | 'OPEN' | 'MATCHED' | 'CLOSED';
  visibility: 'INTERNAL' | 'PUBLIC';
}

export interface DemoSolution {
  language: 'fr' | 'en';
  title: string;
  summary: string;
  description: string;
  /** Key of the providing organisation. */
  provider: string;
  domainCodes: DomainCode[];
  principleCodes: PrincipleCode[];
  tags: string[];
  maturity: 'IDEA' | 'PROTOTYPE' | 'PILOT' | 'DEPLOYED' | 'SCALED';
  openSource: boolean;
  countriesDeployed: string[];
  status: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';
}
