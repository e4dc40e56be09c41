import { ANNOTATOR_KEY, createWorkspace } from '../../app';
import { FakeApi, OKAZ, PARA, RAFAH, asApi, memoryStorage } from '../../testing/fake-api';
import { createCompare } from '../state/compare-store';

/** The compare tests' start: Ana's two claims on the fighter counts (Okaz, Parapolitika), both articles open, the compare store on the workspace. */
export async function rafahSetup() {
  const fake = new FakeApi({ articles: RAFAH, annotator: 'Ana' });
  const okaz = fake.seed(OKAZ, 'More than 100 fighters');
  const para = fake.seed(PARA, 'approximately 200 fighters');
  const api = asApi(fake);
  const ws = createWorkspace(api, memoryStorage({ [ANNOTATOR_KEY]: 'Ana' }));
  await ws.actions.load();
  await ws.actions.ensureArticle(PARA);
  const compare = createCompare(ws, api);
  return { fake, ws, compare, okaz, para };
}
