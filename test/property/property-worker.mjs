// Worker entry for the property tests: TypeScript through tsx, then run one property.
import { register } from 'tsx/esm/api';

register();
await import('./property-worker-main.ts');
