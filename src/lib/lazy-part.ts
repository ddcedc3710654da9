/**
 * A part of a program loaded once, when first asked for (a chunk the browser fetches on demand).
 * A load that failed — offline before the chunk was ever fetched — is tried again on the next call.
 * Whoever asked for the part before it arrived is handed it first, before `load()` resolves.
 */
export class LazyPart<T> {
  private value: T | undefined;
  private loading: Promise<void> | undefined;
  private waiting: ((value: T) => void)[] = [];

  constructor(private readonly importer: () => Promise<T>) {}

  load(): Promise<void> {
    this.loading ??= this.importer().then(
      (value) => {
        this.value = value;
        for (const use of this.waiting.splice(0)) use(value);
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  /** The part, or undefined while it is not loaded. */
  get loaded(): T | undefined {
    return this.value;
  }

  /** Runs `use` with the part: at once when it is loaded, else as soon as it is. */
  whenLoaded(use: (value: T) => void): void {
    if (this.value !== undefined) use(this.value);
    else this.waiting.push(use);
  }

  /** Back to nothing loaded (tests). */
  forget(): void {
    this.value = undefined;
    this.loading = undefined;
    this.waiting = [];
  }
}
