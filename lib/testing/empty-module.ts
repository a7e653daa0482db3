// Stands in for the 'server-only' marker under Vitest, which runs outside React's server environment.
export {};
