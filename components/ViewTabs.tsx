/**
 * Tabs after the WAI-ARIA Authoring Practices "Tabs with automatic activation" pattern
 * (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/): one tab stop for the tab list (roving tabindex), Left/Right
 * arrows move between tabs and select them, Home/End go to the first/last. Only the selected panel is rendered.
 */
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface ViewTab<Id extends string> {
  id: Id;
  label: string;
  /** A count shown after the label (`text`), read out as `label` ("3 problems"). */
  badge?: { text: string; label: string };
  render(): ReactNode;
}

export function ViewTabs<Id extends string>({
  tabs,
  selected,
  onSelect,
  label,
}: {
  tabs: ViewTab<Id>[];
  selected: Id;
  onSelect(id: Id): void;
  label: string;
}) {
  const refs = useRef(new Map<Id, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = tabs.length - 1;
    const next = e.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : e.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
      : e.key === 'Home' ? 0
      : e.key === 'End' ? last
      : null;
    if (next === null) return;
    e.preventDefault();
    const id = tabs[next]!.id;
    onSelect(id);
    refs.current.get(id)?.focus();
  };
  return (
    <div className="views">
      <div role="tablist" aria-label={label} className="tabs">
        {tabs.map((t, i) => {
          const on = t.id === selected;
          return (
            <button
              key={t.id}
              ref={(el) => {
                if (el) refs.current.set(t.id, el);
                else refs.current.delete(t.id);
              }}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={on}
              aria-controls={`view-${t.id}`}
              tabIndex={on ? 0 : -1}
              className="tab"
              data-testid={`tab-${t.id}`}
              onClick={() => onSelect(t.id)}
              onKeyDown={(e) => onKeyDown(e, i)}
            >
              {t.label}
              {t.badge && (
                <>
                  <span className="tab-badge" aria-hidden="true">
                    {t.badge.text}
                  </span>
                  <span className="visually-hidden">, {t.badge.label}</span>
                </>
              )}
            </button>
          );
        })}
      </div>
      {tabs.map((t) => (
        <div
          key={t.id}
          role="tabpanel"
          id={`view-${t.id}`}
          aria-labelledby={`tab-${t.id}`}
          hidden={t.id !== selected}
          tabIndex={0}
          className="view"
          data-testid={`view-${t.id}`}
        >
          {t.id === selected && t.render()}
        </div>
      ))}
    </div>
  );
}
