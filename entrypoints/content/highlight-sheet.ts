/**
 * The highlight rules, once as text. The same text is shipped as the
 * manifest-declared stylesheet for documents (see highlight.css) and adopted
 * into page shadow roots by the painter.
 */
import highlightCss from './highlight.css?inline';

export const HIGHLIGHT_SHEET_TEXT: string = highlightCss;
