/** What makes a public answer's ETag and Last-Modified: which published revisions, changed when. */
export interface Freshness {
  etag: string;
  lastModified: Date;
}
