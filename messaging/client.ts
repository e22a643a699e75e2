/** The side panel's side of the conversation with the background: typed requests, validated replies. */
import { browser } from 'wxt/browser';
import { accept, BackgroundBroadcast, ReportsReply, StateReply, type PanelMessage } from './protocol';

/** The other tabs that have a report (for "Compare with…"); empty when the background does not answer. */
export async function listReports(tabId: number): Promise<ReportsReply['tabs']> {
  try {
    const reply: unknown = await browser.runtime.sendMessage({ type: 'panel/list-reports', tabId } satisfies PanelMessage);
    return accept(ReportsReply, reply, 'panel (reports)')?.tabs ?? [];
  } catch {
    return [];
  }
}

export async function askBackground(msg: Exclude<PanelMessage, { type: 'panel/list-reports' }>): Promise<StateReply | null> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(msg);
    return accept(StateReply, reply, 'panel (reply)');
  } catch (err) {
    console.warn('[citable] panel: the background did not answer', err);
    return null;
  }
}

/** Calls `fn` with every state the background broadcasts (validated; other senders ignored). Returns an unsubscribe. */
export function onBackgroundState(fn: (msg: BackgroundBroadcast) => void): () => void {
  const listener = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (!raw || typeof raw !== 'object' || (raw as { type?: unknown }).type !== 'bg/state') return undefined;
    const msg = accept(BackgroundBroadcast, raw, 'panel (broadcast)');
    if (msg) fn(msg);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
