// Page tracking for every page: page view on onShow, dwell closed by onHide or onUnload.
import { onHide, onShow, onUnload } from "@dcloudio/uni-app";
import { siyu } from "./siyu";

export function useTrackedPage(path) {
  onShow(() => siyu.tracker.pageShow(path));
  onHide(() => siyu.tracker.pageHide(path));
  onUnload(() => siyu.tracker.pageUnload(path));
}

/** a tap on a module of a server-driven layout: module id + the item's position inside it */
export function tapModule(path, moduleId, position, event) {
  const info = uni.getSystemInfoSync();
  const d = (event && event.detail) || {};
  const x = typeof d.x === "number" && info.windowWidth ? d.x / info.windowWidth : undefined;
  const y = typeof d.y === "number" && info.windowHeight ? d.y / info.windowHeight : undefined;
  siyu.tracker.tapModule({ page: path, moduleId, position, x, y });
}
