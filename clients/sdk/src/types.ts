/** Types of the member API, derived from the generated OpenAPI types (src/api.gen.ts). */
import type { components, paths } from "./api.gen.js";

export type { components, paths };
export type Schemas = components["schemas"];
export type Method = "get" | "post" | "put" | "patch" | "delete";

type JsonOf<T> = T extends { content: { "application/json": infer B } } ? B : unknown;
type Op<P extends keyof paths, M extends Method> = paths[P] extends Record<M, infer O> ? O : never;

/** the JSON request body of an operation */
export type RequestBody<P extends keyof paths, M extends Method> =
  Op<P, M> extends { requestBody?: infer R } ? JsonOf<NonNullable<R>> : never;

/** the JSON body of an operation's 200 or 201 answer */
export type ResponseBody<P extends keyof paths, M extends Method> =
  Op<P, M> extends { responses: infer R }
    ? R extends { 200: infer A }
      ? JsonOf<A>
      : R extends { 201: infer B }
        ? JsonOf<B>
        : unknown
    : unknown;

/** the query parameters of an operation */
export type QueryOf<P extends keyof paths, M extends Method> =
  Op<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type OrderRequest = Schemas["OrderRequest"];
export type OrderStatus =
  | "PENDING_PAYMENT"
  | "PAID"
  | "PICKED_UP"
  | "CANCELLED"
  | "EXPIRED"
  | "REFUND_REQUESTED"
  | "REFUNDING"
  | "REFUNDED"
  | "REFUND_FAILED";

/** the fields of an order the SDK relies on (the API returns more) */
export interface OrderLike {
  order_id: string;
  status: OrderStatus | string;
  payment?: { service_id?: string; order_no: string; order_info_token: string } | null;
  pickup?: { code?: string | null } | null;
  [key: string]: unknown;
}

export interface PageLayout {
  page: string;
  version?: string;
  modules: Array<{ id: string; kind: string; [key: string]: unknown }>;
  experiments: Array<{ experiment: string; variant: string }>;
}
