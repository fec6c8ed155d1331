/**
 * The PDFs of the public site: one per published report and one per municipality's year,
 * made when a report is published and kept in the database (PublicationPdf), so that every
 * server on one database answers with the same file and none renders per request. A PDF
 * is current while the fingerprint of the reports it was made from (their ETag) is unchanged;
 * a new revision changes it, and a missing or stale PDF is made on its first request.
 */
import type { Browser } from "playwright-core";
import type { PrismaClient } from "../../db/database";
import type { Logger } from "../../log/logger";
import type { Freshness } from "../freshness";
import { freshnessOf, publishedReports } from "../open-data/published";
import { formPage, kpiSlotsOf, type Published } from "../public-pages";
import { htmlToPdf, withBrowser } from "./render-pdf";

/** One report (with its project) or every report of a municipality's year. */
export interface PdfScope {
  municipalityCode: string;
  fiscalYear: number;
  projectId?: number;
}

export interface PublicationPdf {
  pdf: Buffer;
  fresh: Freshness;
  /** How long it took to make, when it was made just now. */
  renderMs: number | null;
}

const keyOf = (s: PdfScope) =>
  `${s.projectId === undefined ? "year" : "report"}:${s.municipalityCode}:${s.fiscalYear}:${s.projectId ?? ""}`;

export class PublicationPdfs {
  /** One render at a time in this process: each is a Chromium on a small machine. */
  private queue: Promise<unknown> = Promise.resolve();
  private making = new Map<string, Promise<PublicationPdf | null>>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly log?: Logger,
  ) {}

  /** The scope's current PDF, made now if it is missing or stale; null when nothing is published there. */
  async get(scope: PdfScope, browser?: Browser): Promise<PublicationPdf | null> {
    const fresh = await freshnessOf(this.prisma, scope, "pdf");
    if (fresh.count === 0) return null;
    const stored = await this.prisma.publicationPdf.findUnique({
      where: { key: keyOf(scope) },
      select: { etag: true, pdf: true },
    });
    if (stored?.etag === fresh.etag) return { pdf: Buffer.from(stored.pdf), fresh, renderMs: null };
    const id = `${keyOf(scope)}|${fresh.etag}`;
    let made = this.making.get(id);
    if (!made) {
      made = this.queued(() => this.make(scope, fresh, browser));
      this.making.set(id, made);
      void made.finally(() => this.making.delete(id)).catch(() => {});
    }
    return made;
  }

  /**
   * After a report was published (its transaction committed): its PDF and its municipality's
   * year, made in the background with one browser. A failure is logged; the PDF is then made
   * on its first request.
   */
  published(reportId: number): void {
    void (async () => {
      const row = await this.prisma.report.findUniqueOrThrow({
        where: { id: reportId },
        select: { fiscalYear: true, projectId: true, project: { select: { municipality: true } } },
      });
      const year = { municipalityCode: row.project.municipality.code, fiscalYear: row.fiscalYear };
      await withBrowser(async (browser) => {
        await this.get({ ...year, projectId: row.projectId }, browser);
        await this.get(year, browser);
      });
    })().catch((error: Error) =>
      this.log?.error(
        { event: "publication_pdf_failed", reportId, err: error },
        `PDF of published report ${reportId} not made: ${error.message}`,
      ),
    );
  }

  private queued<T>(work: () => Promise<T>): Promise<T> {
    const job = this.queue.then(work);
    this.queue = job.catch(() => {});
    return job;
  }

  private async make(
    scope: PdfScope,
    fresh: Freshness,
    browser?: Browser,
  ): Promise<PublicationPdf | null> {
    const started = performance.now();
    const reports: Published[] = [];
    for await (const r of publishedReports(this.prisma, scope)) reports.push(r);
    if (reports.length === 0) return null;
    const html = formPage(reports, await kpiSlotsOf(this.prisma), scope.projectId !== undefined);
    const pdf = browser
      ? await htmlToPdf(browser, html)
      : await withBrowser((b) => htmlToPdf(b, html));
    const renderMs = Math.round(performance.now() - started);
    const data = { etag: fresh.etag, pdf: new Uint8Array(pdf), renderMs, createdAt: new Date() };
    await this.prisma.publicationPdf.upsert({
      where: { key: keyOf(scope) },
      create: { key: keyOf(scope), ...data },
      update: data,
    });
    this.log?.info(
      { event: "publication_pdf", key: keyOf(scope), bytes: pdf.length, ms: renderMs },
      "publication PDF made",
    );
    return { pdf, fresh, renderMs };
  }
}
