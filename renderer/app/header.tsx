import { Columns2, Command, Eye, EyeOff, FileDown, Keyboard, Search, Upload, UserRound } from 'lucide-react';
import type { RefObject } from 'react';
import { useActions, useWorkspaceState } from './workspace-context';

export interface HeaderProps {
  searchRef: RefObject<HTMLInputElement | null>;
  onImport(): void;
  /** Opens the export dialog (the export module takes the 'export' action). */
  onExport(): void;
}

/** The top bar: study, annotator, article search and the workspace buttons. */
export function Header({ searchRef, onImport, onExport }: HeaderProps) {
  const actions = useActions();
  const studyName = useWorkspaceState((s) => s.study?.name ?? '');
  const annotator = useWorkspaceState((s) => s.study?.annotator ?? null);
  const search = useWorkspaceState((s) => s.search);
  const split = useWorkspaceState((s) => s.panes.length > 1);
  const hideBoilerplate = useWorkspaceState((s) => s.hideBoilerplate);

  return (
    <header className="app-header">
      <p className="study-name" title={studyName}>
        {studyName || 'Study'}
      </p>
      <button
        type="button"
        className="annotator-button"
        aria-label={annotator ? `Annotator: ${annotator}. Change annotator` : 'Set who is annotating'}
        title="Change annotator"
        onClick={() => actions.openDialog('annotator')}
      >
        <UserRound aria-hidden="true" size={16} />
        <span>{annotator ?? 'Who is annotating?'}</span>
      </button>
      <div className="search-box" role="search">
        <Search aria-hidden="true" size={16} />
        <input
          ref={searchRef}
          type="search"
          aria-label="Search articles"
          placeholder="Search articles  /"
          value={search}
          onChange={(event) => actions.setSearch(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              actions.setSearch('');
              event.currentTarget.blur();
            }
          }}
        />
      </div>
      <div className="header-actions">
        <button type="button" className="button primary" onClick={onImport} aria-keyshortcuts="Control+O">
          <Upload aria-hidden="true" size={16} />
          Import articles
        </button>
        <button type="button" className="icon-button" aria-label="Export…" title="Export: spreadsheet, report or data" onClick={onExport}>
          <FileDown aria-hidden="true" size={18} />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Split view"
          aria-pressed={split}
          title="Split view: two articles side by side (S)"
          onClick={actions.toggleSplit}
        >
          <Columns2 aria-hidden="true" size={18} />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Hide boilerplate"
          aria-pressed={hideBoilerplate}
          title={hideBoilerplate ? 'Boilerplate hidden: show it dimmed (B)' : 'Boilerplate shown dimmed: hide it (B)'}
          onClick={actions.toggleBoilerplate}
        >
          {hideBoilerplate ? <EyeOff aria-hidden="true" size={18} /> : <Eye aria-hidden="true" size={18} />}
        </button>
        <button type="button" className="icon-button" aria-label="Command palette" title="Command palette (Ctrl+K)" onClick={() => actions.openDialog('palette')}>
          <Command aria-hidden="true" size={18} />
        </button>
        <button type="button" className="icon-button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => actions.openDialog('keys')}>
          <Keyboard aria-hidden="true" size={18} />
        </button>
      </div>
    </header>
  );
}
