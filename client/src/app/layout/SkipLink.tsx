import { useTranslation } from 'react-i18next';
import classes from './SkipLink.module.css';

/** The first stop for keyboard users: straight to the page's content. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a href="#main" className={classes.skip}>
      {t('nav.skip')}
    </a>
  );
}
