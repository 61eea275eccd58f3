/** A document that cannot be read as a feed (or OPML), with a one-line reason. Any other error is a bug. */
export class FeedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'FeedError';
  }
}
