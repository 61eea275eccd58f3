import { z } from 'zod';

// The API's shapes, once: responses are checked against them in tests and openapi.json is generated from them.

const when = z.iso.datetime().nullable();
const affiliation = z.enum([
  'state',
  'semi-official',
  'principlist',
  'reformist',
  'independent',
  'diaspora',
  'unknown',
]);

export const ArticleSummary = z
  .object({
    id: z.number().int(),
    url: z.url().describe("The article's page on this site"),
    originalUrl: z.url().describe("The article on the outlet's site"),
    source: z.string().describe("The outlet's slug"),
    sourceName: z.string(),
    title: z.string(),
    kicker: z.string(),
    lead: z.string(),
    published: when,
    story: z.number().int().nullable().describe('The story the article belongs to, once stories are grouped'),
  })
  .meta({ id: 'ArticleSummary' });

export const Article = ArticleSummary.extend({
  canonicalUrl: z.url(),
  modified: when,
  fetched: z.iso.datetime(),
  author: z.string().nullable(),
  newsCode: z.string().nullable(),
  section: z.string().nullable().describe('The section as the outlet names it'),
  category: z.string().nullable().describe("Khabar's category slug for the section"),
  tags: z.array(z.string()),
  text: z.string(),
  html: z.string().describe('Sanitized HTML of the body'),
  attribution: z.object({ reportedBy: z.string().nullable(), quoting: z.array(z.string()) }),
  related: z.array(z.object({ url: z.string(), title: z.string() })),
  lang: z.string(),
  dir: z.string(),
  duplicateOf: z.number().int().nullable(),
}).meta({ id: 'Article' });

export const Source = z
  .object({
    slug: z.string(),
    url: z.url().describe("The outlet's page on this site"),
    nameFa: z.string(),
    nameEn: z.string(),
    homepage: z.string(),
    feeds: z.array(z.string()),
    affiliation,
    affiliationLabel: z.string().describe('The label as readers see it (Persian)'),
    affiliationMeaning: z.string().describe('What the label describes: ownership or editorial line, never a verdict'),
    affiliationCitation: z.string().nullable().describe('The public page the label is cited from'),
    country: z.string().nullable(),
    licence: z.string().nullable(),
    articles: z.number().int(),
    newestPublished: when,
    health: z.object({
      lastSuccess: when,
      lastError: z.string().nullable(),
      lastErrorAt: when,
      consecutiveFailures: z.number().int(),
      intervalSeconds: z.number().int(),
      nextDue: when,
    }),
  })
  .meta({ id: 'Source' });

export const Category = z
  .object({ slug: z.string(), nameFa: z.string(), url: z.url(), articles: z.number().int() })
  .meta({ id: 'Category' });

export const CoveredStory = ArticleSummary.extend({
  outlets: z.number().int().describe('Distinct outlets that published it in the window'),
  articles: z.number().int(),
  latest: z.iso.datetime(),
}).meta({ id: 'CoveredStory' });

export const Story = z
  .object({
    id: z.number().int(),
    url: z.url().describe("The story's page on this site"),
    title: z.string().describe('The representative headline'),
    firstSeen: z.iso.datetime(),
    lastUpdated: z.iso.datetime(),
    articleCount: z.number().int(),
    outletCount: z.number().int(),
    firstReporter: z.string().nullable().describe('Slug of the outlet that published first'),
    topTerms: z.array(z.string()),
    entities: z.array(z.string()),
  })
  .meta({ id: 'Story' });

export const StoryListItem = Story.extend({
  outlets: z.array(z.object({ slug: z.string(), name: z.string() })).describe('Outlets in the order they reported'),
}).meta({ id: 'StoryListItem' });

export const StoryDetail = Story.extend({
  articles: z.array(ArticleSummary).describe("Every outlet's article, oldest first"),
}).meta({ id: 'StoryDetail' });

export const StoryList = z
  .object({ items: z.array(StoryListItem), next: z.url().nullable().describe('The next page, or null at the end') })
  .meta({ id: 'StoryList' });

export const ArticleList = z
  .object({ items: z.array(ArticleSummary), next: z.url().nullable().describe('The next page, or null at the end') })
  .meta({ id: 'ArticleList' });
export const SourceList = z.object({ items: z.array(Source) }).meta({ id: 'SourceList' });
export const CategoryList = z.object({ items: z.array(Category) }).meta({ id: 'CategoryList' });
export const MostCovered = z
  .object({
    hours: z.union([z.literal(2), z.literal(12), z.literal(24)]),
    since: z.iso.datetime(),
    until: z.iso.datetime(),
    endsAtNewest: z
      .boolean()
      .describe('True when nothing was published in the last hours and the window ends at the newest article'),
    items: z.array(CoveredStory),
  })
  .meta({ id: 'MostCovered' });
export const SearchAnswer = z
  .object({
    query: z.string(),
    total: z.number().int().describe('Matching articles: exact, or an estimate when totalExact is false'),
    totalExact: z.boolean(),
    results: z
      .array(
        z.object({
          id: z.number().int(),
          url: z.url().describe("The article on the outlet's site"),
          link: z.url().describe("The article's page on this site"),
          title: z.string(),
          source: z.string().describe("The outlet's slug"),
          sourceName: z.string(),
          published: when,
          story: z.number().int().nullable(),
          storyMatches: z.number().int().describe('Matching articles of the same story, this one included'),
          snippet: z.string().describe('HTML: escaped text around the matches, each in <mark>'),
        }),
      )
      .describe('One result per story (its best match), best first'),
    warnings: z.array(z.string()).describe('Parts of the query that could not be used, each in one sentence'),
  })
  .meta({ id: 'SearchAnswer' });
export const ApiError = z
  .object({ error: z.string().describe('One sentence naming the input and the problem') })
  .meta({ id: 'Error' });

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(30),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const ArticlesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(30),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  source: z.string().optional(),
  category: z.string().optional(),
});
