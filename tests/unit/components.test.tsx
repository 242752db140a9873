import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InitiativeCard } from '../../components/InitiativeCard';
import { InitiativeView } from '../../components/InitiativeView';
import { PageSummary } from '../../components/PageSummary';
import type { PageNameCount } from '../../lib/messages';
import { OptionsForm } from '../../components/OptionsForm';
import { normalizeSite as normalizeSiteInput } from '../../lib/settings';
import { OrgCard } from '../../components/OrgCard';
import {
  initiativeCardModel,
  initiativeDetailModel,
  orgCardModel,
  type CardFilters,
} from '../../lib/cards';
import { createDatasetQueries } from '../../lib/dataset/query';
import {
  createPageTranslator as createTranslator,
  type PageTranslator as Translator,
} from '../../lib/i18n-pages';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { SMALL_INDEX } from './fixtures/small-index';

const queries = createDatasetQueries(SMALL_INDEX);
const en = createTranslator('en');
const fr = createTranslator('fr');
const showAll: CardFilters = { isInitiativeShown: () => true };

const roots: HTMLElement[] = [];

function mount(vnode: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  act(() => render(vnode, root));
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) {
    act(() => render(null, root));
    root.remove();
  }
});

/** Text with runs of white space collapsed, as a reader sees it. */
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (container: Element, selector: string) => [...container.querySelectorAll(selector)];

function renderOrgCard(
  orgId: string,
  options: { i18n?: Translator; formerName?: string; filters?: CardFilters } = {},
) {
  const i18n = options.i18n ?? en;
  const model = orgCardModel(queries, orgId, options.filters ?? showAll, options.formerName);
  if (!model) throw new Error(`no organization ${orgId}`);
  return mount(<OrgCard model={model} i18n={i18n} />);
}

/** The membership line of an initiative on a rendered org card. */
function membershipRow(card: HTMLElement, initiative: string): HTMLElement {
  const row = all(card, '.membership').find(
    (li) => text(li.querySelector('.membership-initiative')) === initiative,
  );
  if (!row) throw new Error(`no row for ${initiative}`);
  return row as HTMLElement;
}

describe('OrgCard', () => {
  it('shows the name, type and country, and one line per membership in order', () => {
    const card = renderOrgCard('meta');
    expect(text(card.querySelector('.card-title'))).toBe('Meta');
    expect(text(card.querySelector('.card-facts'))).toBe('company · United States');
    expect(all(card, '.membership-initiative').map(text)).toEqual([
      'AI Alliance',
      'Frontier Model Forum',
      'C2PA',
    ]);
  });

  it('shows the role and the localized join date', () => {
    const card = renderOrgCard('ibm');
    const row = membershipRow(card, 'AI Alliance');
    expect(text(row.querySelector('.membership-role'))).toBe('co-founder · since 5 Dec 2023');
    expect(text(membershipRow(card, 'C2PA').querySelector('.membership-date'))).toBe(
      `since ${en.date('2024-09')}`,
    );
  });

  it('speaks French in a French interface', () => {
    const card = renderOrgCard('ibm', { i18n: fr });
    const row = membershipRow(card, "Alliance pour l'IA");
    expect(text(row.querySelector('.membership-role'))).toBe('cofondateur · depuis le 5 déc. 2023');
    expect(text(card.querySelector('.card-facts'))).toBe('entreprise · États-Unis');
  });

  it('gives the finer detail of a role in the interface language', () => {
    const role = (card: HTMLElement, initiative: string) =>
      text(membershipRow(card, initiative).querySelector('.membership-role'));
    expect(role(renderOrgCard('university-of-tokyo'), 'AI Alliance')).toBe(
      'member — announced February 2024 · since 8 Feb 2024',
    );
    expect(role(renderOrgCard('university-of-tokyo', { i18n: fr }), "Alliance pour l'IA")).toBe(
      'membre — annonce de février 2024 · depuis le 8 févr. 2024',
    );
  });

  it('links every source in a new tab without giving it the opener', () => {
    const card = renderOrgCard('meta');
    const links = all(card, 'a.membership-source') as HTMLAnchorElement[];
    expect(links).toHaveLength(3);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\/example\.org\/sources\//);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')?.split(' ')).toContain('noopener');
      expect(text(link)).toBe('source');
    }
    expect(
      membershipRow(card, 'C2PA').querySelector('a.membership-source')?.getAttribute('href'),
    ).toBe('https://example.org/sources/c2pa/meta');
  });

  it('marks an unconfirmed membership as unverified, and only that one', () => {
    const card = renderOrgCard('ibm');
    const badge = membershipRow(card, 'C2PA').querySelector('.badge-unverified');
    expect(text(badge)).toBe('unverified');
    expect(badge?.getAttribute('title')).toBe(en.t('unverifiedTitle'));
    expect(membershipRow(card, 'AI Alliance').querySelector('.badge-unverified')).toBeNull();
  });

  it('flags an unverified join date, a missing one and a departure', () => {
    const lf = renderOrgCard('linux-foundation');
    const soft = membershipRow(lf, 'AI Alliance').querySelector('.date-soft');
    expect(soft?.getAttribute('title')).toBe('date not confirmed');
    expect(text(membershipRow(lf, 'C2PA').querySelector('.membership-date'))).toBe(
      'since 2022 · left Jun 2024',
    );
    expect(membershipRow(lf, 'C2PA').querySelector('.date-soft')).toBeNull();
    const hf = renderOrgCard('hugging-face');
    expect(text(membershipRow(hf, 'Frontier Model Forum').querySelector('.membership-date'))).toBe(
      'date unknown',
    );
  });

  it('says "le" before a day in French, nothing before a month or a year', () => {
    const lf = renderOrgCard('linux-foundation', { i18n: fr });
    const date = (initiative: string) =>
      text(membershipRow(lf, initiative).querySelector('.membership-date'));
    expect(date("Alliance pour l'IA")).toBe('depuis févr. 2024 ?');
    expect(date('C2PA')).toBe('depuis 2022 · départ en juin 2024');
    expect(
      text(
        membershipRow(renderOrgCard('meta', { i18n: fr }), 'C2PA').querySelector(
          '.membership-date',
        ),
      ),
    ).toBe('depuis le 4 sept. 2024');
  });

  it('says "Facebook → Meta" when the page used the former name', () => {
    const card = renderOrgCard('meta', { formerName: 'Facebook' });
    expect(text(card.querySelector('.card-title'))).toBe('Facebook → Meta');
    expect(card.querySelector('article')?.getAttribute('aria-label')).toBe('Meta');
  });

  it('says Red Hat is part of IBM', () => {
    const card = renderOrgCard('red-hat');
    expect(text(card.querySelector('.card-facts'))).toBe('company · United States · part of IBM');
    expect(text(renderOrgCard('ibm').querySelector('.card-facts'))).not.toContain('part of');
  });

  it('leaves out the country of an intergovernmental body', () => {
    expect(text(renderOrgCard('cern').querySelector('.card-facts'))).toBe('research lab');
  });

  it('says when every membership is in a hidden initiative', () => {
    const card = renderOrgCard('ibm', {
      filters: { isInitiativeShown: (id) => id !== 'ai-alliance' && id !== 'c2pa' },
    });
    expect(card.querySelector('.membership-list')).toBeNull();
    expect(text(card.querySelector('.card-empty'))).toBe(en.t('noMembershipsFiltered'));
  });
});

describe('InitiativeCard', () => {
  function renderInitiativeCard(
    onPage: string[],
    props: { i18n?: Translator; otherMembersLimit?: number; onSelectOrg?: (id: string) => void },
  ) {
    const model = initiativeCardModel(queries, 'ai-alliance', new Set(onPage));
    if (!model) throw new Error('no initiative');
    return mount(<InitiativeCard model={model} i18n={props.i18n ?? en} {...props} />);
  }

  it('lists the members named on the page first, then the others', () => {
    const card = renderInitiativeCard(['meta', 'cern'], {});
    const groups = all(card, '.member-group');
    expect(groups.map((g) => g.getAttribute('data-group'))).toEqual(['on-page', 'others']);
    expect(text(groups[0]?.querySelector('h3'))).toBe('On this page');
    expect(all(groups[0]!, 'li').map(text)).toEqual(['CERN', 'Meta']);
    expect(text(groups[1]?.querySelector('h3'))).toBe('Other members');
    expect(all(groups[1]!, 'li').map(text)).toEqual([
      'Hugging Face',
      'IBM',
      'Linux Foundation',
      'Red Hat',
      'University of Tokyo',
    ]);
  });

  it('has only the members group when the page names none', () => {
    const card = renderInitiativeCard([], {});
    expect(all(card, '.member-group').map((g) => g.getAttribute('data-group'))).toEqual(['others']);
    expect(text(card.querySelector('.member-group h3'))).toBe('7 members');
  });

  it('shows the facts, with the homepage in a new tab', () => {
    const card = renderInitiativeCard([], {});
    expect(text(card.querySelector('.card-facts'))).toBe(
      'Founded 5 Dec 2023 · 7 members · Homepage',
    );
    const homepage = card.querySelector('.card-facts a');
    expect(homepage?.getAttribute('href')).toBe('https://thealliance.ai');
    expect(homepage?.getAttribute('target')).toBe('_blank');
    expect(homepage?.getAttribute('rel')?.split(' ')).toContain('noopener');
  });

  it('uses the French name and description in French', () => {
    const card = renderInitiativeCard([], { i18n: fr });
    expect(text(card.querySelector('.card-title'))).toBe("Alliance pour l'IA");
    expect(text(card.querySelector('.card-description'))).toBe(
      'Un réseau autour d’une IA ouverte.',
    );
  });

  it('says "le" before a founding day in French, "en" before a month', () => {
    const facts = (id: string) => {
      const model = initiativeCardModel(queries, id, new Set());
      if (!model) throw new Error(`no ${id}`);
      return text(mount(<InitiativeCard model={model} i18n={fr} />).querySelector('.card-facts'));
    };
    expect(facts('ai-alliance')).toBe('Fondée le 5 déc. 2023 · 7 membres · Site officiel');
    expect(facts('c2pa')).toMatch(/^Fondée en févr\. 2021 · /);
  });

  it('cuts the other members at the limit, never those on the page', () => {
    const card = renderInitiativeCard(['meta', 'cern', 'ibm'], { otherMembersLimit: 1 });
    const [onPage, others] = all(card, '.member-group');
    expect(all(onPage!, 'li').map(text)).toEqual(['CERN', 'IBM', 'Meta']);
    expect(all(others!, 'li').map(text)).toEqual(['Hugging Face', '+3 more']);
  });

  it('opens an organization when its name is clicked', () => {
    const onSelectOrg = vi.fn();
    const card = renderInitiativeCard(['meta'], { onSelectOrg });
    const button = all(card, 'button.link-button').find((b) => text(b) === 'Meta') as
      HTMLButtonElement | undefined;
    act(() => button?.click());
    expect(onSelectOrg).toHaveBeenCalledWith('meta');
  });
});

describe('PageSummary', () => {
  function renderSummary(names: PageNameCount[], hidden: string[] = []) {
    const onSelectInitiative = vi.fn<(id: string) => void>();
    const summary = mount(
      <PageSummary
        names={names}
        queries={queries}
        i18n={en}
        isInitiativeShown={(id) => !hidden.includes(id)}
        onReveal={() => {}}
        onSelectInitiative={onSelectInitiative}
      />,
    );
    return { summary, onSelectInitiative };
  }
  const initiative = (id: string): PageNameCount => ({ kind: 'initiative', id, count: 1 });
  const org = (id: string): PageNameCount => ({ kind: 'org', id, count: 1 });

  it('lists the initiatives the page names, by name, each opening its view', () => {
    const { summary, onSelectInitiative } = renderSummary([
      org('ibm'),
      initiative('frontier-model-forum'),
      initiative('ai-alliance'),
    ]);
    const buttons = all(summary, '.page-initiatives button') as HTMLButtonElement[];
    expect(buttons.map(text)).toEqual(['AI Alliance', 'Frontier Model Forum']);
    act(() => buttons[1]!.click());
    expect(onSelectInitiative).toHaveBeenCalledWith('frontier-model-forum');
  });

  it('leaves out hidden initiatives, and says the page names nothing when that is all', () => {
    expect(
      all(renderSummary([org('ibm'), initiative('c2pa')], ['c2pa']).summary, '.page-initiatives'),
    ).toEqual([]);
    const { summary } = renderSummary([initiative('c2pa')], ['c2pa']);
    expect(text(summary.querySelector('.empty'))).toBe(en.t('nothingOnPage'));
  });

  it('says "member" in each marked cell of the matrix to screen readers, not "black circle"', () => {
    const { summary } = renderSummary([org('meta'), org('cern')]);
    const cells = all(summary, 'tbody td');
    const marked = cells.filter((cell) => cell.getAttribute('data-member') === 'yes');
    expect(marked.length).toBeGreaterThan(1);
    expect(marked.length).toBeLessThan(cells.length);
    for (const cell of marked) {
      expect(cell.querySelector('[aria-hidden="true"]')?.textContent).toBe('●');
      expect(text(cell.querySelector('.visually-hidden'))).toBe('member');
    }
    for (const cell of cells.filter((c) => c.getAttribute('data-member') === 'no'))
      expect(text(cell)).toBe('');
  });

  it('is not empty on a page that names initiatives only', () => {
    const { summary } = renderSummary([initiative('c2pa')]);
    expect(summary.querySelector('.empty')).toBeNull();
    expect(text(summary.querySelector('.page-initiatives button'))).toBe('C2PA');
  });
});

describe('InitiativeView', () => {
  const headings = (id: string, i18n: Translator) => {
    const model = initiativeDetailModel(queries, id);
    if (!model) throw new Error(`no ${id}`);
    const view = mount(<InitiativeView model={model} i18n={i18n} onSelectOrg={() => {}} />);
    return all(view, '.member-group h3').map(text).sort();
  };

  it('heads each group of members with its role, in the plural when there are several', () => {
    expect(headings('ai-alliance', en)).toEqual([
      'co-founders (2)',
      'founding members (3)',
      'members (2)',
    ]);
    expect(headings('c2pa', en)).toEqual(['members (2)', 'steering committee (1)']);
    expect(headings('frontier-model-forum', fr)).toEqual(['membre (1)', 'partenaire (1)']);
    expect(headings('ai-alliance', fr)).toEqual([
      'cofondateurs (2)',
      'membres (2)',
      'membres fondateurs (3)',
    ]);
  });
});

describe('OptionsForm', () => {
  function renderForm(settings: Partial<Settings> = {}) {
    const onChange = vi.fn<(next: Settings) => void>();
    const onReset = vi.fn();
    const current: Settings = { ...structuredClone(DEFAULT_SETTINGS), ...settings } as Settings;
    const form = mount(
      <OptionsForm
        settings={current}
        initiatives={SMALL_INDEX.initiatives}
        i18n={en}
        onChange={onChange}
        onReset={onReset}
      />,
    );
    const input = (selector: string) => {
      const element = form.querySelector<HTMLInputElement>(selector);
      if (!element) throw new Error(`no ${selector}`);
      return element;
    };
    return { form, current, onChange, onReset, input };
  }

  function addSite(form: HTMLElement, typed: string) {
    const field = form.querySelector<HTMLInputElement>('input[name="site"]')!;
    act(() => {
      field.value = typed;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const add = all(form, 'button[type="submit"]').find((b) => text(b) === 'Add') as
      HTMLButtonElement | undefined;
    act(() => add?.click());
  }

  it('shows the settings it is given', () => {
    const { input } = renderForm({
      enabled: false,
      highlightStyle: 'none',
      hiddenInitiatives: ['c2pa'],
    });
    expect(input('input[name="enabled"]').checked).toBe(false);
    expect(input('input[name="showBadge"]').checked).toBe(true);
    expect(input('input[name="highlightStyle"][value="none"]').checked).toBe(true);
    expect(input('input[name="highlightStyle"][value="underline"]').checked).toBe(false);
    expect(input('input[name="initiative"][value="c2pa"]').checked).toBe(false);
    expect(input('input[name="initiative"][value="ai-alliance"]').checked).toBe(true);
  });

  it.each([
    ['enabled', { enabled: false }],
    ['matchAmbiguousNames', { matchAmbiguousNames: false }],
    ['showBadge', { showBadge: false }],
  ] as const)('unticking %s reports the settings with it off', (name, change) => {
    const { input, onChange, current } = renderForm();
    act(() => input(`input[name="${name}"]`).click());
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith({ ...current, ...change });
  });

  it('ticking a switch that is off reports it on', () => {
    const { input, onChange, current } = renderForm({ enabled: false });
    act(() => input('input[name="enabled"]').click());
    expect(onChange).toHaveBeenCalledWith({ ...current, enabled: true });
  });

  it('unticking an initiative hides it, keeping the hidden list sorted', () => {
    const { input, onChange, current } = renderForm({
      hiddenInitiatives: ['frontier-model-forum'],
    });
    act(() => input('input[name="initiative"][value="c2pa"]').click());
    expect(onChange).toHaveBeenCalledWith({
      ...current,
      hiddenInitiatives: ['c2pa', 'frontier-model-forum'],
    });
  });

  it('ticking a hidden initiative shows it again', () => {
    const { input, onChange, current } = renderForm({ hiddenInitiatives: ['c2pa', 'ai-alliance'] });
    act(() => input('input[name="initiative"][value="c2pa"]').click());
    expect(onChange).toHaveBeenCalledWith({ ...current, hiddenInitiatives: ['ai-alliance'] });
  });

  it('lists the initiatives by the name shown, in the interface language', () => {
    const renamed = SMALL_INDEX.initiatives.map((i) =>
      i.id === 'c2pa' ? { ...i, nameFr: 'Zêta' } : i,
    );
    const names = (i18n: Translator) =>
      all(
        mount(
          <OptionsForm
            settings={DEFAULT_SETTINGS}
            initiatives={[...renamed].reverse()}
            i18n={i18n}
            onChange={() => {}}
            onReset={() => {}}
          />,
        ),
        'input[name="initiative"]',
      ).map((box) => text(box.parentElement));
    expect(names(en)).toEqual(['AI Alliance', 'C2PA', 'Frontier Model Forum']);
    expect(names(fr)).toEqual(["Alliance pour l'IA", 'Frontier Model Forum', 'Zêta']);
  });

  function initiativeButton(form: HTMLElement, label: string): HTMLButtonElement {
    const button = all(form, 'button').find((b) => text(b) === label) as
      HTMLButtonElement | undefined;
    if (!button) throw new Error(`no button ${label}`);
    return button;
  }

  it('"Hide all" hides every initiative, keeping ids the dataset does not know', () => {
    const { form, onChange, current } = renderForm({ hiddenInitiatives: ['c2pa', 'zz-newer'] });
    act(() => initiativeButton(form, 'Hide all').click());
    expect(onChange).toHaveBeenCalledWith({
      ...current,
      hiddenInitiatives: ['ai-alliance', 'c2pa', 'frontier-model-forum', 'zz-newer'],
    });
  });

  it('"Show all" shows every initiative, keeping ids the dataset does not know', () => {
    const { form, onChange, current } = renderForm({
      hiddenInitiatives: ['c2pa', 'frontier-model-forum', 'zz-newer'],
    });
    act(() => initiativeButton(form, 'Show all').click());
    expect(onChange).toHaveBeenCalledWith({ ...current, hiddenInitiatives: ['zz-newer'] });
  });

  it('offers "Show all" only when one is hidden, "Hide all" only when one is shown', () => {
    const disabled = (button: HTMLButtonElement) => button.getAttribute('aria-disabled');
    const none = renderForm({ hiddenInitiatives: ['zz-newer'] });
    expect(disabled(initiativeButton(none.form, 'Show all'))).toBe('true');
    expect(disabled(initiativeButton(none.form, 'Hide all'))).toBe('false');
    act(() => initiativeButton(none.form, 'Show all').click());
    expect(none.onChange).not.toHaveBeenCalled();
    const every = renderForm({
      hiddenInitiatives: ['ai-alliance', 'c2pa', 'frontier-model-forum'],
    });
    expect(disabled(initiativeButton(every.form, 'Show all'))).toBe('false');
    expect(disabled(initiativeButton(every.form, 'Hide all'))).toBe('true');
    act(() => initiativeButton(every.form, 'Hide all').click());
    expect(every.onChange).not.toHaveBeenCalled();
    // Still focusable: the focus stays where the click left it.
    expect(initiativeButton(every.form, 'Hide all').disabled).toBe(false);
  });

  describe('keyboard shortcut', () => {
    function renderWithShortcut(shortcut: string | null | undefined, canChange: boolean) {
      const onChangeShortcut = vi.fn();
      const form = mount(
        <OptionsForm
          settings={DEFAULT_SETTINGS}
          initiatives={SMALL_INDEX.initiatives}
          i18n={en}
          onChange={() => {}}
          onReset={() => {}}
          shortcut={shortcut}
          onChangeShortcut={canChange ? onChangeShortcut : undefined}
        />,
      );
      const change = all(form, 'button').find(
        (b) => b.getAttribute('aria-label') === 'Change the keyboard shortcut',
      ) as HTMLButtonElement | undefined;
      return { form, change, onChangeShortcut };
    }

    it('shows the keys the browser gives the command', () => {
      const { form } = renderWithShortcut('Alt+Shift+A', true);
      expect(text(form.querySelector('.shortcut kbd'))).toBe('Alt+Shift+A');
    });

    it('says so when no keys are set', () => {
      const { form } = renderWithShortcut(null, true);
      expect(form.querySelector('.shortcut kbd')).toBeNull();
      expect(text(form.querySelector('.shortcut'))).toContain('none set');
    });

    it('is left out while the keys are unknown', () => {
      expect(renderWithShortcut(undefined, true).form.querySelector('.shortcut')).toBeNull();
    });

    it('"Change…" opens the browser\'s shortcut settings, where there is a way to', () => {
      const { change, onChangeShortcut } = renderWithShortcut('Alt+Shift+A', true);
      act(() => change?.click());
      expect(onChangeShortcut).toHaveBeenCalledTimes(1);
      expect(renderWithShortcut('Alt+Shift+A', false).change).toBeUndefined();
    });
  });

  it('choosing a highlight style reports it', () => {
    const { input, onChange, current } = renderForm();
    act(() => input('input[name="highlightStyle"][value="background"]').click());
    expect(onChange).toHaveBeenCalledWith({ ...current, highlightStyle: 'background' });
  });

  it('moving the delay slider reports a number', () => {
    const { input, onChange, current } = renderForm();
    const slider = input('input[name="hoverDelayMs"]');
    act(() => {
      slider.value = '550';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onChange).toHaveBeenCalledWith({ ...current, hoverDelayMs: 550 });
  });

  it('adding a pasted URL adds its site, and clears the field', () => {
    const { form, onChange, current } = renderForm({ disabledSites: ['zeta.org'] });
    addSite(form, 'https://www.Example.com/path');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith({
      ...current,
      disabledSites: ['example.com', 'zeta.org'],
    });
    expect(form.querySelector<HTMLInputElement>('input[name="site"]')?.value).toBe('');
  });

  it('does not add a site twice, or one that is no site', () => {
    const { form, onChange } = renderForm({ disabledSites: ['example.com'] });
    addSite(form, 'WWW.EXAMPLE.COM');
    addSite(form, '   ');
    addSite(form, 'not a site');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('removes a site', () => {
    const { form, onChange, current } = renderForm({ disabledSites: ['a.org', 'b.org'] });
    const remove = form.querySelector<HTMLButtonElement>('button[aria-label="Remove a.org"]');
    act(() => remove?.click());
    expect(onChange).toHaveBeenCalledWith({ ...current, disabledSites: ['b.org'] });
  });

  it('resets', () => {
    const { form, onReset, onChange } = renderForm({ enabled: false });
    const reset = form.querySelector<HTMLButtonElement>('button.reset');
    act(() => reset?.click());
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('normalizeSite, as the options form uses it', () => {
  it.each([
    ['example.com', 'example.com'],
    ['Example.COM', 'example.com'],
    ['www.example.com', 'example.com'],
    ['  www.example.com  ', 'example.com'],
    ['https://www.Example.com/path', 'example.com'],
    ['http://news.example.org:8080/a?b=c#d', 'news.example.org'],
    ['sub.www.example.com', 'sub.www.example.com'],
    ['', null],
    ['   ', null],
    ['two words', null],
    ['ftp://example.com', null],
    ['chrome://extensions', null],
    ['www.', null],
  ])('%j gives %j', (input, site) => {
    expect(normalizeSiteInput(input)).toBe(site);
  });
});
