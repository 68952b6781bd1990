import { createApplication, toWire, type AppSeed, type Application } from './model.js';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';
export type AppListener = (type: WatchEventType, app: Application) => void;

/**
 * The fake's "Kubernetes": Application objects with a cluster-wide resourceVersion counter; every write bumps
 * the app's resourceVersion and notifies watchers with a snapshot.
 */
export class AppStore {
  private readonly apps = new Map<string, Application>();
  private readonly listeners = new Set<AppListener>();
  private resourceVersion = 1000;

  constructor(
    private readonly now: () => number,
    readonly defaultNamespace: string,
  ) {}

  static key(name: string, namespace: string): string {
    return `${namespace}/${name}`;
  }

  add(seed: AppSeed): Application {
    const app = createApplication({ namespace: this.defaultNamespace, ...seed }, this.now(), ++this.resourceVersion);
    this.apps.set(AppStore.key(app.metadata.name, app.metadata.namespace), app);
    this.emit('ADDED', app);
    return app;
  }

  get(name: string, namespace = this.defaultNamespace): Application | undefined {
    return this.apps.get(AppStore.key(name, namespace));
  }

  all(): Application[] {
    return [...this.apps.values()];
  }

  namespaces(): Set<string> {
    return new Set([this.defaultNamespace, ...this.all().map((a) => a.metadata.namespace)]);
  }

  /** Applies a change as one write: bumps resourceVersion and notifies watchers. */
  update(app: Application, change: (app: Application) => void): Application {
    change(app);
    app.metadata.resourceVersion = String(++this.resourceVersion);
    this.emit('MODIFIED', app);
    return app;
  }

  remove(app: Application): void {
    this.apps.delete(AppStore.key(app.metadata.name, app.metadata.namespace));
    app.metadata.resourceVersion = String(++this.resourceVersion);
    this.emit('DELETED', app);
  }

  currentResourceVersion(): string {
    return String(this.resourceVersion);
  }

  subscribe(listener: AppListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The wire JSON of an app (a deep copy: later writes never change what was already sent). */
  snapshot(app: Application): Application {
    return toWire(app);
  }

  private emit(type: WatchEventType, app: Application): void {
    const snap = this.snapshot(app);
    for (const listener of this.listeners) listener(type, snap);
  }
}
