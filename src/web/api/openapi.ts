import { z } from 'zod';
import { CATEGORIES } from '../categories.ts';
import * as S from './schemas.ts';

const registry = z.registry<{ id: string }>();
for (const schema of [
  S.ArticleSummary,
  S.Article,
  S.Source,
  S.Category,
  S.CoveredStory,
  S.Story,
  S.StoryListItem,
  S.StoryDetail,
  S.ArticleList,
  S.StoryList,
  S.SourceList,
  S.CategoryList,
  S.MostCovered,
  S.SearchAnswer,
  S.ApiError,
]) {
  registry.add(schema, { id: (schema.meta() as { id: string }).id });
}
// JSON Schema 2020-12, which OpenAPI 3.1 uses as is; references point into components.
const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(id) } },
});
const problems = { '400': json('Error', 'A parameter is invalid'), '404': json('Error', 'Nothing has that name') };
const query = (name: string, description: string, schema: object) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

function build(origin: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Khabar API',
      version: '1',
      description:
        'Read-only JSON over the articles and outlets Khabar collects. Every answer carries an ETag and Cache-Control.',
    },
    servers: [{ url: `${origin}/api/v1` }],
    paths: {
      '/articles': {
        get: {
          summary: 'The newest articles, optionally of one outlet or one category',
          parameters: [
            query('limit', 'Articles per page', { type: 'integer', minimum: 1, maximum: 100, default: 30 }),
            query('offset', 'Articles to skip', { type: 'integer', minimum: 0, default: 0 }),
            query('source', "An outlet's slug", { type: 'string' }),
            query('category', 'A category slug', { type: 'string', enum: CATEGORIES.map((c) => c.slug) }),
          ],
          responses: { '200': json('ArticleList', 'A page of articles, newest first'), ...problems },
        },
      },
      '/articles/{id}': {
        get: {
          summary: 'One article with its body, attribution and related links',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          responses: { '200': json('Article', 'The article'), '404': problems['404'] },
        },
      },
      '/stories': {
        get: {
          summary: 'Stories (one event as several outlets told it), most recently updated first',
          parameters: [
            query('limit', 'Stories per page', { type: 'integer', minimum: 1, maximum: 100, default: 30 }),
            query('offset', 'Stories to skip', { type: 'integer', minimum: 0, default: 0 }),
          ],
          responses: { '200': json('StoryList', 'A page of stories'), ...problems },
        },
      },
      '/stories/{id}': {
        get: {
          summary: "One story with every outlet's article; a merged story's id redirects (301) to the story it joined",
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          responses: { '200': json('StoryDetail', 'The story'), '404': problems['404'] },
        },
      },
      '/sources': {
        get: {
          summary: 'Every outlet with its affiliation, citation, licence and feed health',
          responses: { '200': json('SourceList', 'The outlets') },
        },
      },
      '/sources/{slug}': {
        get: {
          summary: 'One outlet',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': json('Source', 'The outlet'), '404': problems['404'] },
        },
      },
      '/categories': {
        get: {
          summary: 'The categories and how many articles each holds',
          responses: { '200': json('CategoryList', 'The categories') },
        },
      },
      '/most-covered': {
        get: {
          summary: 'The stories most outlets told in the last 2, 12 or 24 hours',
          parameters: [query('hours', 'The window', { type: 'integer', enum: [2, 12, 24], default: 24 })],
          responses: { '200': json('MostCovered', 'Stories, most outlets first'), '400': problems['400'] },
        },
      },
      '/search': {
        get: {
          summary:
            'Search: words, "phrases", -exclusions, source:slug, since:/until: (Jalali or Gregorian); any text is safe',
          parameters: [
            query('q', 'The query; what cannot be used becomes a warning, never an error', {
              type: 'string',
              maxLength: 1000,
            }),
            query('limit', 'Results per page', { type: 'integer', minimum: 1, maximum: 100, default: 20 }),
            query('offset', 'Results to skip', { type: 'integer', minimum: 0, maximum: 1000, default: 0 }),
          ],
          responses: { '200': json('SearchAnswer', 'Results grouped by story, best first') },
        },
      },
    },
    components: { schemas },
  };
}

const byOrigin = new Map<string, ReturnType<typeof build>>();

/** The OpenAPI 3.1 description of /api/v1, generated from the same zod schemas the tests check answers with. */
export function openApiDocument(origin: string): ReturnType<typeof build> {
  let doc = byOrigin.get(origin);
  if (!doc) {
    if (byOrigin.size > 16) byOrigin.clear();
    byOrigin.set(origin, (doc = build(origin)));
  }
  return doc;
}
