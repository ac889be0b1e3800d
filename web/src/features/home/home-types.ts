export interface HomeCard {
  id: string;
  title: string;
  tone: 'ok' | 'info' | 'warning' | 'danger';
  summary: string;
  items?: { label: string; due?: string; href?: string }[];
  action?: { label: string; href: string };
}

export interface HomeData {
  practice: { name: string; structureType: string; professions: string[] };
  team?: { active: number; withMfa: number };
  journal?: { intact: boolean; count: number; headHash?: string; message: string };
  cards: HomeCard[];
}
