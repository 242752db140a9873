import { render } from 'preact';
import { browser } from 'wxt/browser';
import { pickLocale } from '../../lib/i18n';
import { createPageTranslator } from '../../lib/i18n-pages';
import '../../components/theme.css';
import '../../components/page-base.css';
import '../../components/card.css';
import './popup.css';
import { PopupApp } from './PopupApp';

const i18n = createPageTranslator(pickLocale(browser.i18n.getUILanguage()));
document.documentElement.lang = i18n.locale;
render(<PopupApp i18n={i18n} />, document.getElementById('app')!);
