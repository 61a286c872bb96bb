/**
 * Lets plain `node` scripts (type stripping) import the views: Node strips types but does not
 * compile JSX, so `.tsx` files are compiled here with the project's TypeScript (react-jsx).
 * Used as `node --import ./scripts/tsx-loader.ts scripts/<script>.ts`.
 */
import { register } from 'node:module';

register('./tsx-hooks.ts', import.meta.url);
