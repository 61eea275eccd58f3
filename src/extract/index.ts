export { extractArticle, type ExtractOptions, type ExtractResult } from './extract.ts';
export { SourceAliases, parseAttribution } from './attribution.ts';
export { BUILTIN_RULES, loadSiteRules, parseSiteRule, findRule, type SiteRule, type RuleMatch } from './rules.ts';
