import { StudyService } from '../service';

/**
 * One "machine" of the two-writers test: opens the study under its own host
 * name, imports one article of its own, then makes `count` annotations as its
 * annotator through the real service, printing each acknowledged id as a line.
 * Usage: writer-child.ts <study dir> <host> <annotator> <count> <seeds dir>
 */
const [dir, host, annotator, count, seedsDir] = process.argv.slice(2);
if (!dir || !host || !annotator || !count || !seedsDir) throw new Error('usage: writer-child.ts <dir> <host> <annotator> <count> <seedsDir>');

const service = new StudyService({ seedsDir, host });
await service.openStudy({ dir });
await service.setAnnotator({ name: annotator });
const imported = await service.importArticle({ fileName: `${host}.txt`, content: `A report filed from ${host}.\n\nIt says the talks resumed.`, outlet: `Outlet of ${host}` });
console.log(`article ${imported.id}`);
const articles = await service.listArticles();
for (let i = 0; i < Number(count); i++) {
  const article = articles[i % articles.length]!;
  const start = i % 20;
  const a = await service.annotate({ articleId: article.id, start, end: start + 5, category: 'claim', note: `${annotator} ${i}` });
  console.log(`annotation ${a.id}`);
}
await service.close();
