// Whether the API answered the last request: the connection banner listens to this.
type Listener = (lost: boolean) => void;

let lost = false;
const listeners = new Set<Listener>();

export const connection = {
  isLost: () => lost,
  report(isLost: boolean): void {
    if (isLost === lost) return;
    lost = isLost;
    for (const listener of listeners) listener(lost);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
