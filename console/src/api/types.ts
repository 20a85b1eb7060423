// Names for the generated OpenAPI types (schema.d.ts, from docs/openapi.json: `npm run types`).
import type { components } from './schema'

export type Schemas = components['schemas']
