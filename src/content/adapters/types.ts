import type { Posting } from '../../core/types';

/**
 * The posting on screen, located cheaply (the content script does this after every DOM
 * change); the full extraction waits until its text has settled.
 */
export interface PostingOnPage {
  site: string;
  jobId: string;
  /** Where the badge goes: the element holding the posting's title. */
  titleElement: Element;
  /** Its text length tells, at no cost, whether the description is still changing. */
  descriptionElement: Element;
  /** Company, location and description markup: a walk of the description, done once. */
  extract(): Posting;
  /**
   * The same posting with its description looked up again, or null: sites replace the
   * description's element (a placeholder, then the text) while the title stays, and one
   * lookup costs the page far less than locating the whole posting again.
   */
  withNewDescription(): PostingOnPage | null;
  /**
   * The same title element, edited in place for another job (sites reuse their pane), as
   * that job's posting; null if it does not show that job (yet). Lets a page change skip
   * locating the posting afresh; adapters without it are always located afresh.
   */
  forJob?(jobId: string, url: URL): PostingOnPage | null;
}

/** A list card in the results, for the compact verdict marks. */
export interface ListCard {
  jobId: string;
  element: Element;
  /**
   * Where the compact mark goes, the card's title: looked up only when a mark is placed,
   * since most cards in a long list need none.
   */
  title(): Element | null;
}

/**
 * One job site: its URL rules and selectors live in its own file. Adapters only read the
 * DOM they are given (no extension APIs), so the CLI and unit tests run them in Node.
 */
export interface SiteAdapter {
  site: string;
  matchesHost(hostname: string): boolean;
  /** Pages where a posting can be on screen; the content script idles elsewhere. */
  isJobPage(url: URL): boolean;
  /** The job the URL points at (a path segment or a parameter such as currentJobId). */
  jobIdFrom(url: URL): string | null;
  readPosting(document: Document, url: URL): PostingOnPage | null;
  /**
   * For saved pages whose address was not kept: the URL of the posting the page shows,
   * rebuilt from what the DOM says (selected card, job links), or null if not this site.
   */
  urlFromDocument(document: Document): URL | null;
  listCards(document: Document): ListCard[];
  /** One job's card in the results list, if it is there. */
  listCard(document: Document, jobId: string): ListCard | null;
}
