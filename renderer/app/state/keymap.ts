/**
 * The workspace key map: every action with its keys, and the pure function
 * that turns one key press into an action. No DOM here, so the dispatch rules
 * are tested without a browser.
 */

export type ActionId =
  | 'tag-claim'
  | 'tag-framing'
  | 'tag-attribution'
  | 'cancel'
  | 'next-annotation'
  | 'previous-annotation'
  | 'delete-annotation'
  | 'link-selected'
  | 'undo'
  | 'redo'
  | 'command-palette'
  | 'show-keys'
  | 'import'
  | 'toggle-split'
  | 'toggle-boilerplate'
  | 'focus-search'
  | 'focus-text'
  | 'change-annotator'
  | 'export'
  | 'review'
  | 'next-disagreement'
  | 'previous-disagreement'
  | 'accept-a'
  | 'accept-b'
  | 'reject-disagreement';

export interface KeyBinding {
  action: ActionId;
  /** What the palette and the key map show, in analyst language. */
  label: string;
  /** Chords such as "1", "J", "Ctrl+Shift+Z", "?"; empty when the action has no key. */
  keys: string[];
  /** Whether the keys also work while the focus is in a text field (most must not). */
  inTextFields?: boolean;
}

export const KEY_BINDINGS: readonly KeyBinding[] = [
  { action: 'tag-claim', label: 'Tag the selection as a claim', keys: ['1'] },
  { action: 'tag-framing', label: 'Tag the selection as framing', keys: ['2'] },
  { action: 'tag-attribution', label: 'Tag the selection as an attribution', keys: ['3'] },
  { action: 'cancel', label: 'Cancel', keys: ['Esc'] },
  { action: 'next-annotation', label: 'Next annotation', keys: ['J'] },
  { action: 'previous-annotation', label: 'Previous annotation', keys: ['K'] },
  { action: 'delete-annotation', label: 'Delete the active annotation', keys: ['Delete', 'Backspace'] },
  { action: 'link-selected', label: 'Link the selected annotations', keys: ['L'] },
  { action: 'undo', label: 'Undo', keys: ['Ctrl+Z'] },
  { action: 'redo', label: 'Redo', keys: ['Ctrl+Shift+Z', 'Ctrl+Y'] },
  { action: 'command-palette', label: 'Command palette', keys: ['Ctrl+K'], inTextFields: true },
  { action: 'show-keys', label: 'Keyboard shortcuts', keys: ['?'] },
  { action: 'import', label: 'Import articles', keys: ['Ctrl+O'], inTextFields: true },
  { action: 'toggle-split', label: 'Split view: two articles side by side', keys: ['S'] },
  { action: 'toggle-boilerplate', label: 'Show or hide boilerplate', keys: ['B'] },
  { action: 'focus-search', label: 'Search articles', keys: ['/'] },
  { action: 'focus-text', label: 'Move the focus to the article text', keys: ['T'] },
  { action: 'change-annotator', label: 'Change annotator', keys: [] },
  { action: 'export', label: 'Export annotations and comparisons (CSV, report, JSON)', keys: ['Ctrl+E'], inTextFields: true },
  { action: 'review', label: "Review teammates' tag sets: matches, agreement, consensus", keys: ['R'] },
  { action: 'next-disagreement', label: 'Review: next disagreement', keys: ['N'] },
  { action: 'previous-disagreement', label: 'Review: previous disagreement', keys: ['P'] },
  { action: 'accept-a', label: 'Consensus: accept side A', keys: ['A'] },
  // B is the boilerplate key; while the consensus is open the review module takes it as "accept B".
  { action: 'accept-b', label: 'Consensus: accept side B (B while the consensus is open)', keys: [] },
  { action: 'reject-disagreement', label: 'Consensus: reject both', keys: ['X'] },
];

/** One key press, reduced to what dispatch needs (built from a KeyboardEvent by the caller). */
export interface KeyPress {
  key: string;
  ctrl: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
  /** The focus is in an input, textarea, select or editable element. */
  inTextField: boolean;
}

export interface KeyContext {
  /** A modal dialog owns the keyboard (it handles its own keys). */
  modalOpen: boolean;
}

interface Chord {
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

const KEY_NAMES: Record<string, string> = { esc: 'escape', del: 'delete' };

/** Parses "Ctrl+Shift+Z" into a chord; Ctrl stands for Cmd on macOS as well. */
export function parseChord(text: string): Chord {
  const parts = text.split('+');
  // "Ctrl++" style chords do not occur; a lone "+" is a key of its own.
  const key = parts.length > 1 ? parts[parts.length - 1]! : text;
  const mods = parts.slice(0, -1).map((m) => m.toLowerCase());
  const lower = key.toLowerCase();
  return {
    key: KEY_NAMES[lower] ?? lower,
    mod: mods.includes('ctrl') || mods.includes('cmd'),
    shift: mods.includes('shift'),
    alt: mods.includes('alt'),
  };
}

/** Shift is part of typing punctuation such as "?", so it only counts for letters and named keys. */
function shiftMatters(key: string): boolean {
  return key.length > 1 || /[a-z]/.test(key);
}

/** Whether a key press is the given chord. */
export function matchesChord(press: KeyPress, chord: Chord): boolean {
  const key = press.key.toLowerCase();
  if (key !== chord.key) return false;
  if ((press.ctrl || press.meta) !== chord.mod) return false;
  if (press.alt !== chord.alt) return false;
  if (shiftMatters(chord.key) && press.shift !== chord.shift) return false;
  return true;
}

const PARSED = KEY_BINDINGS.map((binding) => ({ binding, chords: binding.keys.map(parseChord) }));

/** The action a key press triggers, or null when it should be left to the browser. */
export function resolveKey(press: KeyPress, context: KeyContext): ActionId | null {
  if (context.modalOpen) return null;
  for (const { binding, chords } of PARSED) {
    if (press.inTextField && !binding.inTextFields) continue;
    if (chords.some((chord) => matchesChord(press, chord))) return binding.action;
  }
  return null;
}

/** The binding of an action (for labels and key hints). */
export function bindingFor(action: ActionId): KeyBinding {
  const found = KEY_BINDINGS.find((b) => b.action === action);
  if (!found) throw new Error(`no key binding for ${action}`);
  return found;
}
