/** The one error the SDK throws: the API's stable `code` and its zh-CN `message` for display. */
export class SiyuError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown;

  constructor(code: string, message: string, status = 0, details: unknown = null) {
    super(message);
    this.name = "SiyuError";
    this.code = code;
    this.status = status;
    this.details = details;
    // ES2017 output: keep instanceof working for subclasses of Error.
    Object.setPrototypeOf(this, SiyuError.prototype);
  }
}

/** Codes the SDK itself raises (the API's own codes are listed in docs/openapi.json). */
export const SDK_ERRORS = {
  NETWORK_ERROR: "网络不给力，请稍后再试",
  LOGIN_FAILED: "登录失败，请稍后再试",
  NOT_LOGGED_IN: "请先登录",
  PAY_FAILED: "支付失败，请稍后再试",
  PAY_TIMEOUT: "支付结果确认中，请稍后在订单中查看",
  BAD_RESPONSE: "服务器返回异常",
} as const;

export function sdkError(code: keyof typeof SDK_ERRORS, status = 0, details: unknown = null): SiyuError {
  return new SiyuError(code, SDK_ERRORS[code], status, details);
}
