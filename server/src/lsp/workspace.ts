// The open documents and their analyses: each checked after an edit stops (debounced), against
// the corpus its scope names, its result published as diagnostics unless a newer version of the
// document has come in meanwhile, and kept for hovers and code actions on that version.
import { TextDocuments, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyseInSlices, type Analysis } from '../core/analyse';
import { AnalysisCache } from '../core/cache';
import type { Corpus } from '../core/corpus/index';
import type { Configuration } from './configuration';
import type { Corpora } from './corpora';
import { DocumentDiagnostics, skippedDiagnostic } from './convert';
import { whenIdle } from './memory';
import { updateClamped } from './positions';

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class Workspace {
  // Every change's range is clamped to the document before it is applied (positions.ts).
  readonly documents = new TextDocuments({
    create: TextDocument.create,
    update: (doc: TextDocument, changes, version) =>
      updateClamped(doc, changes, version, (why) =>
        this.connection.console.warn(
          `Policy Lint: in an edit to ${doc.uri}, ${why}; the client and the server may now disagree on the text.`,
        ),
      ),
  });
  private readonly results = new Map<string, { version: number; analysis: Analysis }>();
  /** Each document's diagnostics as last made, so an unchanged finding's is given again as the same object. */
  private readonly published = new Map<string, DocumentDiagnostics>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  // Per-passage results, kept for as long as their corpus is: an edit re-analyses only what changed.
  private readonly caches = new WeakMap<Corpus, AnalysisCache>();

  constructor(
    private readonly connection: Connection,
    private readonly config: Configuration,
    private readonly corpora: Corpora,
    /** A corpus was handed out: its folders may be new ones to watch. */
    private readonly corpusInUse: () => void,
  ) {
    this.documents.onDidOpen((e) => this.schedule(e.document, 0));
    this.documents.onDidChangeContent((e) => {
      if (e.document.version > 1) this.schedule(e.document, this.config.settings.debounceMs);
    });
    this.documents.onDidClose((e) => {
      clearTimeout(this.timers.get(e.document.uri));
      this.timers.delete(e.document.uri);
      this.results.delete(e.document.uri);
      this.published.delete(e.document.uri);
      void this.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
  }

  /** The document and its analysis, when that analysis is of its current version. */
  current(uri: string): { doc: TextDocument; analysis: Analysis } | undefined {
    const doc = this.documents.get(uri);
    const result = this.results.get(uri);
    return doc && result && result.version === doc.version ? { doc, analysis: result.analysis } : undefined;
  }

  /** Settings, config files, the corpus or its claims changed: every open document is checked afresh. */
  checkAllAgain(): void {
    this.results.clear();
    for (const doc of this.documents.all()) this.schedule(doc, 0);
  }

  private schedule(doc: TextDocument, delay: number): void {
    clearTimeout(this.timers.get(doc.uri));
    this.timers.set(
      doc.uri,
      setTimeout(() => void this.validate(doc.uri), delay),
    );
  }

  private async validate(uri: string): Promise<void> {
    this.timers.delete(uri);
    await this.config.settingsRead;
    const doc = this.documents.get(uri);
    if (!doc) return;
    const isCurrent = () => this.documents.get(uri)?.version === doc.version;
    try {
      const scope = this.config.scopeOf(uri);
      const corpus = await this.corpora.get(scope.folders);
      this.corpusInUse();
      // A newer version arrived while the corpus loaded: its own run will publish.
      if (!isCurrent()) return;
      const options = {
        settings: scope.analysis,
        cache: this.cacheFor(corpus),
        budgetMs: this.config.settings.timeBudgetMs,
        previous: this.results.get(uri)?.analysis.draft,
      };
      const analysis = await analyseInSlices(doc.getText(), corpus, options, yieldToEventLoop, isCurrent);
      // A newer version arrived between slices: its own run will publish.
      if (!analysis) return;
      for (const error of analysis.errors) this.connection.console.error(`Checking ${uri}: ${error}`);
      whenIdle();
      this.results.set(uri, { version: doc.version, analysis });
      const diagnostics = this.diagnosticsOf(uri).of(doc, analysis.findings);
      if (analysis.skipped) diagnostics.push(skippedDiagnostic(doc, analysis.skipped));
      void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    } catch (e) {
      this.connection.console.error(`Analysis of ${uri} failed: ${(e as Error).stack ?? e}`);
    }
  }

  private diagnosticsOf(uri: string): DocumentDiagnostics {
    let made = this.published.get(uri);
    if (!made) this.published.set(uri, (made = new DocumentDiagnostics()));
    return made;
  }

  private cacheFor(corpus: Corpus): AnalysisCache {
    let cache = this.caches.get(corpus);
    if (!cache) this.caches.set(corpus, (cache = new AnalysisCache()));
    return cache;
  }
}
