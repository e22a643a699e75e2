/**
 * Rule tables, as data: what Google Search Central documents per rich-result type (required vs recommended
 * properties), plus the schema.org names our vocabulary check knows. Validated with zod at module load, so a typo
 * in a table fails the tests rather than silently weakening a check.
 *
 * Sources (Google Search Central, structured data gallery):
 * - Article/NewsArticle/BlogPosting: https://developers.google.com/search/docs/appearance/structured-data/article
 *   ("there are no required properties"; recommended: author, author.name, author.url, dateModified, datePublished,
 *   headline, image).
 * - Person, as the mainEntity of a profile page: https://developers.google.com/search/docs/appearance/structured-data/profile-page
 * - Organization: https://developers.google.com/search/docs/appearance/structured-data/organization (no required
 *   properties; name, url, logo, sameAs among the recommended).
 * - FAQPage/Question/Answer: https://developers.google.com/search/docs/appearance/structured-data/faqpage (since
 *   August 2023 FAQ rich results are shown only for well-known, authoritative government and health sites).
 * - Dataset: https://developers.google.com/search/docs/appearance/structured-data/dataset (name and description
 *   required; description 50–5000 characters).
 * - BreadcrumbList/ListItem: https://developers.google.com/search/docs/appearance/structured-data/breadcrumb
 *   (at least two ListItems; each with position and name, and item except for the last one).
 */
import { z } from 'zod';

export const NestedRule = z.object({
  /** Property of the parent whose entity values are checked. */
  property: z.string(),
  required: z.array(z.string()),
  recommended: z.array(z.string()),
  /** When true, the last value is exempt from `required` entries listed in `exemptLast` (breadcrumb's `item`). */
  exemptLast: z.array(z.string()).default([]),
});

export const TypeRule = z.object({
  /** Rule id, for tests and messages. */
  id: z.string(),
  /** Schema.org types the rule applies to (an entity matches when any of its types is listed). */
  types: z.array(z.string()).min(1),
  /** Name of the source shown with each issue. */
  source: z.string(),
  url: z.url(),
  required: z.array(z.string()),
  recommended: z.array(z.string()),
  nested: z.array(NestedRule).default([]),
  /** Statements always shown as `info` when the type is present (e.g. eligibility limits). */
  notes: z.array(z.string()).default([]),
  /** Minimum number of values of a property (e.g. BreadcrumbList needs two ListItems). */
  minCount: z.record(z.string(), z.number().int().positive()).default({}),
});
export type TypeRule = z.infer<typeof TypeRule>;

const GSC = 'https://developers.google.com/search/docs/appearance/structured-data';

/** Article family as Google documents it; subtypes of NewsArticle/Article used on real pages are included. */
export const ARTICLE_TYPES = [
  'Article',
  'NewsArticle',
  'BlogPosting',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'TechArticle',
  'ScholarlyArticle',
  'SocialMediaPosting',
  'LiveBlogPosting',
  'Report',
  'SatiricalArticle',
  'AdvertiserContentArticle',
  'MedicalScholarlyArticle',
];

export const RULES: TypeRule[] = z.array(TypeRule).parse([
  {
    id: 'article',
    types: ARTICLE_TYPES,
    source: 'Google Search Central: Article',
    url: `${GSC}/article`,
    required: [],
    recommended: ['headline', 'author', 'datePublished', 'dateModified', 'image'],
    nested: [{ property: 'author', required: [], recommended: ['name', 'url'] }],
    notes: ['Google documents no required properties for Article markup; all listed properties are recommended.'],
  },
  {
    id: 'person',
    types: ['Person'],
    source: 'Google Search Central: Profile page',
    url: `${GSC}/profile-page`,
    required: ['name'],
    recommended: ['sameAs', 'url', 'image', 'description'],
  },
  {
    id: 'organization',
    types: ['Organization', 'NewsMediaOrganization', 'Corporation', 'EducationalOrganization', 'GovernmentOrganization', 'NGO', 'OnlineBusiness'],
    source: 'Google Search Central: Organization',
    url: `${GSC}/organization`,
    required: [],
    recommended: ['name', 'url', 'logo', 'sameAs'],
  },
  {
    id: 'faqpage',
    types: ['FAQPage'],
    source: 'Google Search Central: FAQ',
    url: `${GSC}/faqpage`,
    required: ['mainEntity'],
    recommended: [],
    nested: [{ property: 'mainEntity', required: ['name', 'acceptedAnswer'], recommended: [] }],
    notes: [
      'Since August 2023 Google shows FAQ rich results only for well-known, authoritative government and health sites; the markup still describes the page to other readers.',
    ],
  },
  {
    id: 'question',
    types: ['Question'],
    source: 'Google Search Central: FAQ',
    url: `${GSC}/faqpage`,
    required: ['name', 'acceptedAnswer'],
    recommended: [],
    nested: [{ property: 'acceptedAnswer', required: ['text'], recommended: [] }],
  },
  {
    id: 'dataset',
    types: ['Dataset'],
    source: 'Google Search Central: Dataset',
    url: `${GSC}/dataset`,
    required: ['name', 'description'],
    recommended: ['creator', 'license', 'url', 'identifier', 'keywords', 'variableMeasured', 'temporalCoverage', 'spatialCoverage', 'distribution', 'sameAs', 'citation', 'isAccessibleForFree'],
  },
  {
    id: 'breadcrumb',
    types: ['BreadcrumbList'],
    source: 'Google Search Central: Breadcrumb',
    url: `${GSC}/breadcrumb`,
    required: ['itemListElement'],
    recommended: [],
    nested: [{ property: 'itemListElement', required: ['position', 'name', 'item'], recommended: [], exemptLast: ['item'] }],
    minCount: { itemListElement: 2 },
  },
]);

/**
 * schema.org names our vocabulary check knows. The full vocabulary (about 900 types and 1,500 properties) was not
 * available offline in a compact form, so unknown-name checks are limited to near misses of these names (a different
 * letter case, e.g. `Newsarticle`, `DatePublished`), which is what breaks markup in practice; any other name is
 * accepted. TODO(#4): generate the full list from schemaorg-current-https-types.csv / -properties.csv.
 */
export const KNOWN_TYPES: string[] = z.array(z.string()).parse([
  ...ARTICLE_TYPES,
  'Thing', 'CreativeWork', 'WebPage', 'WebSite', 'WebPageElement', 'AboutPage', 'ProfilePage', 'CollectionPage',
  'ItemPage', 'SearchResultsPage', 'QAPage', 'FAQPage', 'Question', 'Answer', 'Person', 'Organization',
  'NewsMediaOrganization', 'Corporation', 'EducationalOrganization', 'GovernmentOrganization', 'LocalBusiness',
  'ImageObject', 'VideoObject', 'AudioObject', 'MediaObject', 'Dataset', 'DataCatalog', 'DataDownload',
  'BreadcrumbList', 'ListItem', 'ItemList', 'SiteNavigationElement', 'SearchAction', 'EntryPoint', 'Place',
  'PostalAddress', 'ContactPoint', 'Product', 'Offer', 'AggregateRating', 'Rating', 'Review', 'Event', 'Recipe',
  'HowTo', 'HowToStep', 'Book', 'Blog', 'Comment', 'Periodical', 'PublicationIssue', 'SpeakableSpecification',
  'PropertyValue', 'Country', 'City', 'Brand', 'Service', 'Course', 'JobPosting', 'SoftwareApplication',
  'InteractionCounter', 'ClaimReview', 'Claim', 'Movie', 'MusicRecording', 'GeoCoordinates',
]);

export const KNOWN_PROPERTIES: string[] = z.array(z.string()).parse([
  'name', 'headline', 'alternativeHeadline', 'description', 'url', 'image', 'author', 'creator', 'publisher',
  'datePublished', 'dateModified', 'dateCreated', 'mainEntityOfPage', 'mainEntity', 'sameAs', 'logo', 'articleBody',
  'articleSection', 'wordCount', 'keywords', 'inLanguage', 'isPartOf', 'thumbnailUrl', 'about', 'mentions',
  'citation', 'license', 'identifier', 'jobTitle', 'affiliation', 'worksFor', 'alumniOf', 'knowsAbout', 'acceptedAnswer',
  'suggestedAnswer', 'text', 'itemListElement', 'position', 'item', 'contentUrl', 'width', 'height', 'caption',
  'variableMeasured', 'temporalCoverage', 'spatialCoverage', 'distribution', 'encodingFormat', 'email', 'telephone',
  'address', 'potentialAction', 'target', 'breadcrumb', 'speakable', 'isAccessibleForFree', 'copyrightHolder',
  'copyrightYear', 'editor', 'contributor', 'reviewedBy', 'lastReviewed', 'givenName', 'familyName', 'additionalType',
]);
