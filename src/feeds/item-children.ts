import type { XmlNode } from './xml/reader.ts';

// The children an RSS item is read for, each the first of its name, found in one pass over the item. Looking each
// name up in turn meant some thirty walks over every item's children; after a reader has met many different feeds
// those lookups are no longer inlined, and on a large feed they cost more than the item's own mapping.

/** The first child of each (namespace, name) that `rssEntry` reads; undefined where the item has none. */
export class ItemChildren {
  guid: XmlNode | undefined = undefined;
  link: XmlNode | undefined = undefined;
  title: XmlNode | undefined = undefined;
  dcTitle: XmlNode | undefined = undefined;
  atomTitle: XmlNode | undefined = undefined;
  description: XmlNode | undefined = undefined;
  abstract: XmlNode | undefined = undefined;
  dcDescription: XmlNode | undefined = undefined;
  atomSummary: XmlNode | undefined = undefined;
  itunesSummary: XmlNode | undefined = undefined;
  mediaDescription: XmlNode | undefined = undefined;
  mediaGroup: XmlNode | undefined = undefined;
  contentEncoded: XmlNode | undefined = undefined;
  xhtmlBody: XmlNode | undefined = undefined;
  body: XmlNode | undefined = undefined;
  fullitem: XmlNode | undefined = undefined;
  atomContent: XmlNode | undefined = undefined;
  dcIdentifier: XmlNode | undefined = undefined;
  atomId: XmlNode | undefined = undefined;
  pubdate: XmlNode | undefined = undefined;
  dcDate: XmlNode | undefined = undefined;
  dctermsIssued: XmlNode | undefined = undefined;
  dctermsCreated: XmlNode | undefined = undefined;
  atomPublished: XmlNode | undefined = undefined;
  dctermsModified: XmlNode | undefined = undefined;
  atomUpdated: XmlNode | undefined = undefined;
  author: XmlNode | undefined = undefined;
  dcCreator: XmlNode | undefined = undefined;
  dcAuthor: XmlNode | undefined = undefined;
  itunesAuthor: XmlNode | undefined = undefined;
  atomAuthor: XmlNode | undefined = undefined;

  constructor(item: XmlNode) {
    for (const c of item.children) {
      const ns = c.ns;
      switch (c.local) {
        case 'guid':
          if (ns === '') this.guid ??= c;
          break;
        case 'link':
          if (ns === '') this.link ??= c;
          break;
        case 'title':
          if (ns === '') this.title ??= c;
          else if (ns === 'dc') this.dcTitle ??= c;
          else if (ns === 'atom') this.atomTitle ??= c;
          break;
        case 'description':
          if (ns === '') this.description ??= c;
          else if (ns === 'dc') this.dcDescription ??= c;
          else if (ns === 'media') this.mediaDescription ??= c;
          break;
        case 'abstract':
          if (ns === '') this.abstract ??= c;
          break;
        case 'summary':
          if (ns === 'atom') this.atomSummary ??= c;
          else if (ns === 'itunes') this.itunesSummary ??= c;
          break;
        case 'group':
          if (ns === 'media') this.mediaGroup ??= c;
          break;
        case 'encoded':
          if (ns === 'content') this.contentEncoded ??= c;
          break;
        case 'body':
          if (ns === 'xhtml') this.xhtmlBody ??= c;
          else if (ns === '') this.body ??= c;
          break;
        case 'fullitem':
          if (ns === '') this.fullitem ??= c;
          break;
        case 'content':
          if (ns === 'atom') this.atomContent ??= c;
          break;
        case 'identifier':
          if (ns === 'dc') this.dcIdentifier ??= c;
          break;
        case 'id':
          if (ns === 'atom') this.atomId ??= c;
          break;
        case 'pubdate':
          if (ns === '') this.pubdate ??= c;
          break;
        case 'date':
          if (ns === 'dc') this.dcDate ??= c;
          break;
        case 'issued':
          if (ns === 'dcterms') this.dctermsIssued ??= c;
          break;
        case 'created':
          if (ns === 'dcterms') this.dctermsCreated ??= c;
          break;
        case 'published':
          if (ns === 'atom') this.atomPublished ??= c;
          break;
        case 'modified':
          if (ns === 'dcterms') this.dctermsModified ??= c;
          break;
        case 'updated':
          if (ns === 'atom') this.atomUpdated ??= c;
          break;
        case 'author':
          if (ns === '') this.author ??= c;
          else if (ns === 'dc') this.dcAuthor ??= c;
          else if (ns === 'itunes') this.itunesAuthor ??= c;
          else if (ns === 'atom') this.atomAuthor ??= c;
          break;
        case 'creator':
          if (ns === 'dc') this.dcCreator ??= c;
          break;
      }
    }
  }
}

/** A child's text, trimmed; null where there is no child or only white space. */
export function trimmedText(node: XmlNode | undefined): string | null {
  const t = node?.text.trim();
  return t ? t : null;
}
