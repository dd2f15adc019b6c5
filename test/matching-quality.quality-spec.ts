import { Role } from '../src/common/enums';
import { Locale } from '../src/common/enums';
import { Need } from '../src/needs/entities/need.entity';
import { SuggestionsService } from '../src/matching/suggestions.service';
import { startTestApp, TestApp } from './support/app';
import { Factory } from './support/factories';
import { FIXTURE_NEEDS, FIXTURE_SOLUTIONS, Grade, JUDGEMENTS } from './fixtures/matching/dataset';

/**
 * The ranking's quality on a labelled set (test/fixtures/matching): for each
 * need, the engine ranks all the fixture's solutions; precision at 5 counts
 * the suggestions graded 1 or more, nDCG at 10 weighs them by grade.
 */
const precisionAt = (k: number, grades: Grade[]) =>
  grades.slice(0, k).filter((g) => g >= 1).length / k;
const dcg = (grades: number[]) =>
  grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
const ndcgAt = (k: number, grades: Grade[], ideal: Grade[]) => {
  const best = dcg([...ideal].sort((a, b) => b - a).slice(0, k));
  return best === 0 ? 0 : dcg(grades.slice(0, k)) / best;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);

describe('ranking quality on the labelled set', () => {
  let t: TestApp;
  const results: {
    language: 'fr' | 'en';
    p5: number;
    ndcg10: number;
    key: string;
    top: string[];
  }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const f = new Factory(t);
    const staff = await f.user(Role.MINISTRY_STAFF);
    const provider = await f.user(Role.SOLUTION_PROVIDER);
    const solutionIds = new Map<string, string>();
    for (const s of FIXTURE_SOLUTIONS) {
      const { language: _, key, countriesDeployed, ...fields } = s;
      const saved = await f.solution(provider, {
        ...fields,
        maturity: fields.maturity as never,
        countryCodesDeployed: countriesDeployed,
      });
      solutionIds.set(key, saved.id);
    }
    const keyOf = new Map([...solutionIds].map(([k, id]) => [id, k]));
    const engine = t.app.get(SuggestionsService);
    for (const n of FIXTURE_NEEDS) {
      const { language, key, ...fields } = n;
      const need: Need = await f.need(staff, fields);
      const ranked = await engine.solutionsForNeed(need, 10, Locale.en, null);
      const judged = JUDGEMENTS[key] ?? {};
      const grades = ranked.map((r) => (judged[keyOf.get(r.item.id)!] ?? 0) as Grade);
      const ideal = Object.values(judged) as Grade[];
      results.push({
        language,
        key,
        p5: precisionAt(5, grades),
        ndcg10: ndcgAt(10, grades, ideal),
        top: ranked
          .slice(0, 5)
          .map((r, i) => `${keyOf.get(r.item.id)}=${grades[i]}@${r.score.toFixed(3)}`),
      });
    }
  }, 180_000);
  afterAll(() => t.close());

  it('reaches precision@5 ≥ 0.7, French and English needs alike', () => {
    const line = (label: string, rows: typeof results) =>
      `${label.padEnd(8)} needs ${String(rows.length).padStart(2)}  precision@5 ${mean(rows.map((r) => r.p5)).toFixed(3)}  nDCG@10 ${mean(rows.map((r) => r.ndcg10)).toFixed(3)}`;
    const fr = results.filter((r) => r.language === 'fr');
    const en = results.filter((r) => r.language === 'en');
    console.log(
      [
        'Ranking quality (test/fixtures/matching):',
        line('all', results),
        line('French', fr),
        line('English', en),
      ].join('\n'),
    );
    // QUALITY_DETAIL=1 shows each need's top five with their grades, for tuning.
    if (process.env.QUALITY_DETAIL)
      for (const r of results.filter((x) => x.p5 < 1))
        console.log(`${r.key} (${r.language}) p@5 ${r.p5}: ${r.top.join(' ')}`);
    expect(results).toHaveLength(FIXTURE_NEEDS.length);
    expect(mean(results.map((r) => r.p5))).toBeGreaterThanOrEqual(0.7);
  });
});
