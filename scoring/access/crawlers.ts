/**
 * AI crawlers by purpose. The purpose matters more than the vendor: blocking a search crawler takes a site out of
 * that assistant's cited answers, blocking a training crawler only opts future content out of model training, and
 * user-triggered fetchers act for one person's request. Each row cites the vendor page it comes from.
 */
import { z } from 'zod';

export const CrawlerPurpose = z.enum(['search', 'user', 'training']);
export type CrawlerPurpose = z.infer<typeof CrawlerPurpose>;

export const Crawler = z.object({
  /** The robots.txt product token (matched case-insensitively, RFC 9309 § 2.2.1). */
  token: z.string(),
  operator: z.string(),
  purpose: CrawlerPurpose,
  /** What the vendor says the agent does, in short. */
  description: z.string(),
  /** True for robots.txt-only tokens that send no requests of their own (they govern use of content another crawler fetched). */
  tokenOnly: z.boolean(),
  /** Vendor's own statement on robots.txt when it is not simply "obeys": e.g. user-triggered fetches. */
  robotsNote: z.string().nullable(),
  /** Vendor documentation. */
  source: z.url(),
});
export type Crawler = z.infer<typeof Crawler>;

const OPENAI = 'https://platform.openai.com/docs/bots';
const ANTHROPIC = 'https://support.anthropic.com/en/articles/8896518-does-anthropic-crawl-data-from-the-web-and-how-can-site-owners-block-the-crawler';
const PERPLEXITY = 'https://docs.perplexity.ai/guides/bots';

export const CRAWLERS: Crawler[] = z.array(Crawler).parse([
  { token: 'OAI-SearchBot', operator: 'OpenAI', purpose: 'search', tokenOnly: false, robotsNote: null, source: OPENAI,
    description: 'Surfaces websites in ChatGPT search results; OpenAI says sites that block it will not be shown in ChatGPT search answers (they may still appear as navigational links).' },
  { token: 'Claude-SearchBot', operator: 'Anthropic', purpose: 'search', tokenOnly: false, robotsNote: null, source: ANTHROPIC,
    description: "Indexes content to improve Claude's search results; blocking it may reduce the site's visibility in them." },
  { token: 'PerplexityBot', operator: 'Perplexity', purpose: 'search', tokenOnly: false, robotsNote: null, source: PERPLEXITY,
    description: 'Surfaces and links websites in Perplexity search results; Perplexity says it is not used to crawl content for foundation models.' },
  { token: 'ChatGPT-User', operator: 'OpenAI', purpose: 'user', tokenOnly: false, source: OPENAI,
    robotsNote: 'OpenAI: visits are initiated by a user, so robots.txt rules may not apply.',
    description: 'Fetches a page when a ChatGPT user or a custom GPT asks for it; not used for automatic crawling.' },
  { token: 'Claude-User', operator: 'Anthropic', purpose: 'user', tokenOnly: false, robotsNote: null, source: ANTHROPIC,
    description: 'Fetches a page when a Claude user asks a question; Anthropic says disabling it stops such retrieval.' },
  { token: 'Perplexity-User', operator: 'Perplexity', purpose: 'user', tokenOnly: false, source: PERPLEXITY,
    robotsNote: 'Perplexity: because a user requested the fetch, this fetcher generally ignores robots.txt rules.',
    description: 'Fetches a page to answer a Perplexity user question; not used for crawling.' },
  { token: 'GPTBot', operator: 'OpenAI', purpose: 'training', tokenOnly: false, robotsNote: null, source: OPENAI,
    description: "Crawls content that may be used to train OpenAI's generative AI foundation models." },
  { token: 'ClaudeBot', operator: 'Anthropic', purpose: 'training', tokenOnly: false, robotsNote: null, source: ANTHROPIC,
    description: "Collects web content that could contribute to training Anthropic's models; blocking it excludes the site's future content." },
  { token: 'Google-Extended', operator: 'Google', purpose: 'training', tokenOnly: true, robotsNote: null,
    source: 'https://developers.google.com/search/docs/crawling-indexing/google-common-crawlers#google-extended',
    description: 'A robots.txt product token, not a separate fetcher (Googlebot fetches): controls use of content for Gemini training and grounding; does not affect Google Search inclusion or ranking.' },
  { token: 'Applebot-Extended', operator: 'Apple', purpose: 'training', tokenOnly: true, robotsNote: null,
    source: 'https://support.apple.com/en-us/119829',
    description: "A robots.txt product token, not a separate fetcher (Applebot fetches): controls use of content to train Apple's foundation models." },
  { token: 'CCBot', operator: 'Common Crawl', purpose: 'training', tokenOnly: false, robotsNote: null,
    source: 'https://commoncrawl.org/ccbot',
    description: 'Builds the open Common Crawl corpus, a common source of AI training data.' },
]);
