export { createSiyu, Siyu } from "./client.js";
export type { PayResult, SiyuOptions } from "./client.js";
export { SiyuError, SDK_ERRORS } from "./errors.js";
export { ksPlatform, uniPlatform, localDevPlatform } from "./platform.js";
export type {
  HttpRequest,
  HttpResponse,
  KeyValueStorage,
  LaunchOptions,
  LocalDevOptions,
  PaymentParams,
  PayOutcome,
  Platform,
  SubscribeAnswer,
} from "./platform.js";
export { launchSourceOf, pagePath, Tracker } from "./tracker.js";
export type { LaunchSource, ModuleTap, TrackedEvent } from "./tracker.js";
export type { Session, LoginOptions } from "./auth.js";
export type { OrderLike, PageLayout, RequestBody, ResponseBody, Schemas, paths, components } from "./types.js";
