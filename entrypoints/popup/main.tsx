import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createTranslator, pickLocale } from '../../lib/i18n';
import '../../components/theme.css';
import '../../components/card.css';
import './popup.css';
import { PopupApp } from './PopupApp';

const i18n = createTranslator(pickLocale(browser.i18n.getUILanguage()));
document.documentElement.lang = i18n.locale;
render(<PopupApp i18n={i18n} />, document.getElementById('app')!);
