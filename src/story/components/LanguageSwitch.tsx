/** @component Link to the same article in the other language (hreflang, lang on the link text). */
import type { Lang } from '../../lib/i18n.ts';
import type { StoryContent } from '../content/content.ts';

export interface LanguageSwitchProps {
  lang: Lang;
  content: StoryContent;
  /** Path from this page to the site root: './' or '../'. */
  root: string;
}

export function LanguageSwitch({ lang, content, root }: LanguageSwitchProps) {
  const other: Lang = lang === 'de' ? 'en' : 'de';
  const href = other === 'en' ? `${root}en/index.html` : `${root}index.html`;
  return (
    <a className="language-switch" href={href} hrefLang={other} lang={other}>
      <span aria-hidden="true" className="language-switch__code">
        {other.toUpperCase()}
      </span>{' '}
      {content.ui.otherLanguage}
    </a>
  );
}
