/** Properties the engine issue demands of the score, checked by changing pages and watching the score move. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../scoring/analyze';
import { extract } from '../../scoring/extract';
import { Report } from '../../scoring/report';
import type { Report as ReportType } from '../../scoring/report';
import { documentOf, FILLER, reportOfHtml, snapshotOf } from '../helpers';

const golden = (f: string) => readFileSync(path.resolve(__dirname, '../golden', f), 'utf8');
const sample = readFileSync(path.resolve(__dirname, '../../public/sample-draft.html'), 'utf8');

function article(extraParagraph: string): string {
  return `<!doctype html><html lang="en"><head><title>Remote work</title></head><body><article><h1>Remote work</h1>
  <h2>How remote teams communicate</h2><p>${FILLER} ${extraParagraph}</p><p>${FILLER}</p>
  <h2>Tools</h2><p>${FILLER} The <a href="https://www.w3.org/TR/webrtc/">WebRTC specification</a> describes how browsers carry the calls.</p><p>${FILLER}</p></article></body></html>`;
}

describe('score properties', () => {
  it('repeating keywords never raises a score', () => {
    for (const [html, keyword] of [
      [golden('synthesis.html'), 'productivity'],
      [golden('citable.html'), 'password manager'],
      [sample, 'product images'],
    ] as const) {
      const before = reportOfHtml(html).score;
      const stuffing = Array.from({ length: 25 }, () => keyword).join(' ');
      // Stuff every paragraph, and add a stuffed paragraph to every section.
      const stuffed = html.replace(/<\/p>/g, ` ${stuffing}.</p>`).replace(/<h2>/g, `<p>${stuffing} ${stuffing}.</p><h2>`);
      const after = reportOfHtml(stuffed);
      expect(after.score).toBeLessThanOrEqual(before);
      expect(after.penalties.map((p) => p.id)).toContain('keyword-stuffing');
    }
  });

  it('ranks first-party figures above sourced ones, and sourced above unsourced', () => {
    const unsourced = reportOfHtml(article('About 64% of remote workers use video calls daily.')).score;
    const sourced = reportOfHtml(article('According to the Pew Research Center, 64% of remote workers use video calls daily.')).score;
    const own = reportOfHtml(article('We surveyed 212 remote workers in May, and 64% used video calls daily.')).score;
    const none = reportOfHtml(article('Remote workers use video calls.')).score;
    expect(own).toBeGreaterThan(sourced);
    expect(sourced).toBeGreaterThan(none);
    expect(none).toBeGreaterThan(unsourced);
  });

  it('one genuine original data point turns an uncitable article citable', () => {
    const base = golden('synthesis.html');
    const before = reportOfHtml(base);
    const after = reportOfHtml(base.replace('<h2>Plan your day</h2>', '<h2>Plan your day</h2><p>We tracked 48 readers for four weeks: those who planned the night before finished 31% more tasks.</p>'));
    const plan = (r: ReportType) => r.sections.find((s) => s.heading === 'Plan your day')!;
    expect(before.score).toBeLessThan(15);
    expect(plan(before).verdict).toBe('synthesis');
    expect(plan(after).verdict).toBe('primary');
    expect(plan(after).score).toBeGreaterThanOrEqual(plan(before).score + 50);
    // One section of five: the page rises, by the share of the page it is (the page score is fitted to readers).
    expect(after.score).toBeGreaterThanOrEqual(before.score + 10);
  });

  it('a dismissed finding is shown, marked, and not counted; undismissing restores the score', () => {
    const snap = extract(documentOf(golden('citable.html')), { url: 'https://keyline.example/test' });
    const full = analyze(snap);
    const ids = full.sections.flatMap((s) => s.evidence.filter((e) => e.kind !== 'unsourced_stat').map((e) => e.id));
    const dismissedAll = analyze(snap, { dismissed: ids });
    expect(dismissedAll.score).toBeLessThan(full.score);
    expect(dismissedAll.summary.dismissed).toBe(ids.length);
    expect(dismissedAll.sections.flatMap((s) => s.evidence).every((e) => e.dismissed)).toBe(true);
    expect(analyze(snap, { dismissed: [] })).toEqual(full);
  });

  it('dismissing an unsourced-figure flag removes its penalty', () => {
    const snap = extract(documentOf(golden('synthesis.html')), { url: null });
    const full = analyze(snap);
    const flags = full.sections.flatMap((s) => s.evidence.filter((e) => e.kind === 'unsourced_stat').map((e) => e.id));
    expect(flags.length).toBeGreaterThan(0);
    const after = analyze(snap, { dismissed: flags });
    expect(after.penalties.find((p) => p.id === 'unsourced-statistic')).toBeUndefined();
  });

  it('sections under 25 words are short and not judged', () => {
    const r = analyze(snapshotOf([{ heading: 'Tiny', blocks: ['We surveyed 12 people.'] }, { heading: 'Long', blocks: [FILLER, FILLER] }]));
    expect(r.sections.map((s) => s.verdict)).toEqual(['short', 'synthesis']);
    expect(r.sections[0]!.score).toBe(0);
  });
});

describe('the analyzer cache (live re-scoring)', () => {
  it('re-judges only the section that changed, and agrees with a fresh analysis', () => {
    const html = golden('synthesis.html');
    const analyzer = createAnalyzer();
    const first = extract(documentOf(html), { url: null });
    analyzer.analyze(first);
    expect(analyzer.lastJudged).toBe(first.sections.length);
    const edited = extract(documentOf(html.replace('Planning your day is essential.', 'Planning your day is essential. According to Gallup, 41% of workers plan ahead.')), { url: null });
    const incremental = analyzer.analyze(edited);
    expect(analyzer.lastJudged).toBe(1);
    expect(incremental).toEqual(analyze(edited));
  });

  it('follows a section that moved: its findings point at its new index', () => {
    const a = snapshotOf([{ heading: 'Data', blocks: ['We surveyed 212 remote workers in May, and 64% used video calls daily.', FILLER] }]);
    const analyzer = createAnalyzer();
    analyzer.analyze(a);
    const b = snapshotOf([{ heading: 'New first section', blocks: [FILLER, FILLER] }, a.sections[0]!] as never);
    const moved = analyzer.analyze({ ...b, sections: [b.sections[0]!, a.sections[0]!] });
    expect(analyzer.lastJudged).toBe(1);
    expect(moved.sections[1]!.evidence[0]!.target.section).toBe(1);
  });
});

describe('languages', () => {
  it('says which signals it could not run on a non-English page instead of guessing', () => {
    const de = 'Die Stadt hat im vergangenen Jahr neue Radwege gebaut, und viele Menschen fahren nun jeden Tag mit dem Fahrrad zur Arbeit, statt mit dem Auto im Stau zu stehen. Die Verwaltung plant weitere Strecken in den Außenbezirken, damit auch dort mehr Menschen sicher fahren können.';
    const r = analyze(snapshotOf([{ heading: 'Radwege', blocks: [de, de] }], { declaredLang: 'de' }));
    expect(r.lang).toBe('de');
    expect(r.languageSupport).toBe('full');
    expect(r.notes.join(' ')).toMatch(/German: judged on its German wording.*Not run.*first-hand account/);
    expect(r.notes.join(' ')).not.toMatch(/attributed quotation/);
    const statuses = Object.fromEntries(r.sections[0]!.signals.map((s) => [s.id, s.status]));
    expect(statuses['first-hand']).toBe('notApplicable');
    expect(statuses['sourced-statistic']).not.toBe('notApplicable');
    // German attribution is read: the quotation signal runs.
    expect(statuses['expert-quote']).not.toBe('notApplicable');
    // Any other language is judged only in part, and says so.
    const fr = 'La ville a construit de nouvelles pistes cyclables l’année dernière, et beaucoup de gens vont maintenant au travail à vélo chaque jour, au lieu de rester dans les embouteillages en voiture. La mairie prévoit d’autres pistes dans les quartiers périphériques.';
    const f = analyze(snapshotOf([{ heading: 'Pistes cyclables', blocks: [fr, fr] }], { declaredLang: 'fr' }));
    expect(f.lang).toBe('fr');
    expect(f.languageSupport).toBe('partial');
    expect(f.notes.join(' ')).toMatch(/French: not fully judged.*attributed quotation/);
  });

  it('detects the language when the page declares none, and trusts the text over a wrong declaration', () => {
    const en = `${FILLER} ${FILLER} ${FILLER}`;
    expect(analyze(snapshotOf([{ blocks: [en] }], { declaredLang: null })).langSource).toBe('detected');
    expect(analyze(snapshotOf([{ blocks: [en] }], { declaredLang: 'de' })).lang).toBe('en');
  });
});

describe('robustness', () => {
  it('reports a non-article as such, with a valid report', () => {
    const r = reportOfHtml('<!doctype html><html><body><nav><a href="/a">Home</a> <a href="/b">Shop</a></nav><button>Buy</button></body></html>');
    expect(r.readerable).toBe(false);
    expect(r.score).toBe(0);
    expect(Report.safeParse(r).success).toBe(true);
  });

  it('never changes the document it reads', () => {
    for (const html of [golden('citable.html'), sample]) {
      const doc = documentOf(html);
      const before = doc.documentElement.outerHTML;
      extract(doc, { url: 'https://x.example/' });
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });

  it('keeps a way back from each block to the original page', () => {
    const doc = documentOf(golden('citable.html'));
    const snap = extract(doc, { url: null, selectors: true });
    for (const section of snap.sections) {
      for (const block of section.blocks) {
        expect(block.locator.selector).not.toBeNull();
        const el = doc.querySelector(block.locator.selector!);
        expect(el?.textContent?.replace(/\s+/g, ' ')).toContain(block.locator.quote.slice(0, 30));
      }
    }
  });

  it('reports a page nested past what a browser builds without reading its article, and still reads its markup', () => {
    // 2,500 levels: Readability alone took minutes on this; the walk measures the depth and skips it.
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Deep"}</script>';
    const html = `<html><head>${ld}</head><body><article><p>${'Words enough to be an article. '.repeat(40)}</p>${'<span>'.repeat(2500)}deep${'</span>'.repeat(2500)}</article></body></html>`;
    const snap = extract(documentOf(html), { url: null });
    expect(snap.problem?.code).toBe('too-deep');
    expect(snap.sections).toEqual([]);
    expect(snap.structured.entities.map((e) => e.types[0])).toEqual(['Article']);
    const report = analyze(snap);
    expect(Report.safeParse(report).success).toBe(true);
    expect(report.notes.join(' ')).toMatch(/more than 128 levels deep/);
  });

  it('stops on a page with more elements than allowed, with a clear error', () => {
    const html = `<html><body>${'<div><span>x</span></div>'.repeat(3000)}</body></html>`;
    expect(() => extract(documentOf(html), { maxElements: 5000 })).toThrow(/^page has 6\d{3} elements, more than the 5000 this analysis reads$/);
  });
});

describe('sentences', () => {
  it('do not end at the abbreviation point of a title or a month', async () => {
    const { sentencesOf } = await import('../../scoring/measures');
    const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
    const parts = sentencesOf('“No,” said Mr. Reeves on Jan. 5. Dr. Ortiz agreed. It ended, etc. Then we left.', seg, true).map((s) => s.segment.trim());
    expect(parts).toEqual(['“No,” said Mr. Reeves on Jan. 5.', 'Dr. Ortiz agreed.', 'It ended, etc.', 'Then we left.']);
  });
  it('do not end at an initial', async () => {
    const { sentencesOf } = await import('../../scoring/measures');
    const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
    const parts = sentencesOf('Viera (4-0): K. Hupfer 1 goal. J. R. R. Tolkien wrote it. We chose plan B. It worked.', seg, true).map((s) => s.segment.trim());
    expect(parts).toEqual(['Viera (4-0): K. Hupfer 1 goal.', 'J. R. R. Tolkien wrote it.', 'We chose plan B.', 'It worked.']);
  });
});

describe('fitted verdict properties (engine issue 9)', () => {
  const base = golden('synthesis.html');
  const section = (r: ReportType) => r.sections.find((s) => s.heading === 'Take breaks')!;
  const evidence: [string, string][] = [
    ['an own measurement', 'We tracked 48 readers for four weeks: those who took a break every hour finished 31% more tasks.'],
    ['an attributed quote', '“Breaks are when the brain files what it just learned,” said Maria Okafor, a neuroscientist at the University of Leeds.'],
    ['a sourced figure', 'According to a 2022 Microsoft Work Trend Index report, 43% of workers took no breaks at all.'],
    ['a coined, defined framework', 'We call this the Ninety-Ten Rhythm: ninety minutes of focused work, then ten minutes away from any screen.'],
    ['a first-hand account with specifics', 'In March I spent two weeks at the Toyota plant in Georgetown, Kentucky, and timed every break on the night shift.'],
  ];
  const before = reportOfHtml(base);
  it.each(evidence)('adding %s never lowers the section and lifts it out of synthesis', (_, sentence) => {
    const after = reportOfHtml(base.replace('<h2>Take breaks</h2>', `<h2>Take breaks</h2><p>${sentence}</p>`));
    expect(section(before).verdict).toBe('synthesis');
    expect(section(after).score).toBeGreaterThanOrEqual(section(before).score);
    expect(section(after).verdict).not.toBe('synthesis');
    expect(after.score).toBeGreaterThanOrEqual(before.score);
  });
  it('a bare claim of research with no result does not make a section primary on its own', () => {
    const drafts = [base, golden('synthesis.html'), sample, readFileSync(path.resolve(__dirname, '../pages/synthesis.html'), 'utf8')];
    let judged = 0;
    for (const html of drafts) {
      const plain = reportOfHtml(html);
      for (const s of plain.sections.filter((x) => x.verdict === 'synthesis' && x.heading)) {
        for (const claim of ['We talked to 3 people.', 'We surveyed 212 of our customers.', 'I interviewed five experts.']) {
          // The claim closes the section: appended after its last paragraph, before the next heading.
          const at = html.indexOf(`>${s.heading}</h`);
          const next = html.slice(at + 1).search(/<h[1-6][\s>]|<\/article>|<\/body>/);
          expect(at, `${s.heading} found in the draft`).toBeGreaterThan(0);
          const cut = at + 1 + next;
          const after = reportOfHtml(`${html.slice(0, cut)}<p>${claim}</p>${html.slice(cut)}`);
          const again = after.sections.find((x) => x.heading === s.heading)!;
          expect(again.verdict, `${s.heading} + "${claim}"`).not.toBe('primary');
          judged++;
        }
      }
    }
    expect(judged).toBeGreaterThan(10);
  });
  it('every citable section names the sentences that carried it', () => {
    const r = reportOfHtml(golden('citable.html'));
    for (const s of r.sections.filter((x) => x.verdict === 'primary' || x.verdict === 'supported')) {
      expect(s.drivers.length + s.evidence.length).toBeGreaterThan(0);
      for (const d of s.drivers) expect(d.weight).toBeGreaterThan(0);
    }
  });
});
