import { useTranslation } from 'react-i18next';
import { EnumBadge } from '@/components/EnumBadge';
import { FactList, type Fact } from '@/components/FactList';
import type { NeedDetailFragment } from '@/generated/graphql';
import { useLocalized } from '@/lib/format';

/** The need's facts, side by side with its text on a desktop, below the title on a phone. */
export function NeedFacts({ need }: { need: NeedDetailFragment }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const facts: Fact[] = [
    [t('needs.fields.status'), <EnumBadge kind="NeedStatus" value={need.status} />],
    [t('needs.fields.priority'), <EnumBadge kind="Priority" value={need.priority} />],
    [t('needs.fields.visibility'), <EnumBadge kind="Visibility" value={need.visibility} />],
    [t('needs.fields.country'), l.countryName(need.country)],
    [
      t('needs.fields.ministry'),
      need.ministry ? `${need.ministry.acronym} · ${need.ministry.name}` : t('common.none'),
    ],
    [t('needs.fields.partnerInstitution'), need.partnerInstitution ?? t('common.none')],
    [t('needs.loggedBy'), need.createdBy.displayName],
    [t('needs.createdAt'), l.date(need.createdAt)],
    [t('needs.updatedAt'), l.dateTime(need.updatedAt)],
  ];
  return <FactList id="need-facts" title={t('needs.facts')} facts={facts} />;
}
