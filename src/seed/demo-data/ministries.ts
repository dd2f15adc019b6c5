import type { DemoMinistry } from './types';

// Member ministries of the interministerial D4D working group.
export const DEMO_MINISTRIES: DemoMinistry[] = [
  {
    acronym: 'MAEE',
    name: "Ministère des Affaires étrangères et européennes, de la Défense, de la Coopération et du Commerce extérieur – Direction de la coopération au développement et de l'action humanitaire",
  },
  { acronym: 'MDIGI', name: 'Ministère de la Digitalisation' },
  { acronym: 'MFIN', name: 'Ministère des Finances' },
  { acronym: 'MECO', name: "Ministère de l'Économie, des PME, de l'Énergie et du Tourisme" },
  { acronym: 'MSAN', name: 'Ministère de la Santé et de la Sécurité sociale' },
  { acronym: 'MESR', name: "Ministère de la Recherche et de l'Enseignement supérieur" },
  { acronym: 'MENJE', name: "Ministère de l'Éducation nationale, de l'Enfance et de la Jeunesse" },
  { acronym: 'MAGRI', name: "Ministère de l'Agriculture, de l'Alimentation et de la Viticulture" },
  { acronym: 'MAINT', name: 'Ministère des Affaires intérieures' },
];
