import { useSyncExternalStore } from "react";

// True once the page's script runs (false in the server's HTML): a form that
// works through its script keeps its button disabled until then.
const noSubscription = () => () => {};
export const useHydrated = () => useSyncExternalStore(noSubscription, () => true, () => false);
