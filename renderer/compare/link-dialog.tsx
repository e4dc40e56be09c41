import { Plus, Trash, X } from 'lucide-react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { LinkKind } from '../../shared/model';
import { CategoryChip, Modal, outletOf, truncate, useWorkspaceState } from '../app';
import { useCompareActions, useCompareState } from './compare-context';
import { KindIcon } from './kind-icon';
import { canRemoveMember, linkDraftProblems, MAX_LABEL } from './link-form';
import { KIND_INFO, LINK_KINDS } from './link-kinds';
import { draftMember, lookupAnnotation } from './state/compare-selectors';

/** The link dialog: members, kind, label and note; for a new link (from the picks) or an existing one. */
export function LinkDialog() {
  const dialog = useCompareState((s) => s.linkDialog);
  const link = useWorkspaceState((s) => (dialog?.mode === 'edit' ? s.links.find((l) => l.id === dialog.linkId) : undefined));
  if (!dialog) return null;
  if (dialog.mode === 'edit' && !link) return null;
  return <LinkForm key={dialog.mode === 'edit' ? dialog.linkId : 'new'} linkId={link?.id ?? null} />;
}

function LinkForm({ linkId }: { linkId: string | null }) {
  const actions = useCompareActions();
  const ws = useWorkspaceState((s) => s);
  const cs = useCompareState((s) => s);
  const link = linkId ? ws.links.find((l) => l.id === linkId) : undefined;
  const editing = link !== undefined;
  const [kind, setKind] = useState<LinkKind>(link?.kind ?? 'same-claim');
  const [label, setLabel] = useState(link?.label ?? '');
  const [note, setNote] = useState(link?.note ?? '');
  const [members, setMembers] = useState<string[]>(link?.members ?? []);
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const ids = editing ? members : cs.picked;
  const drafts = useMemo(() => ids.map((id) => draftMember(ws, cs, id)), [ids, ws, cs]);
  const problems = linkDraftProblems({ members: drafts, label, kind, me: ws.study?.annotator ?? null });
  const addable = editing ? cs.picked.filter((id) => !members.includes(id)) : [];
  const missing = ids.some((id) => !lookupAnnotation(ws, cs, id));
  const problemId = useId();
  const labelRef = useRef<HTMLInputElement>(null);

  // The modal focuses its first control when it opens (the close button); the label is where typing belongs.
  useEffect(() => {
    labelRef.current?.focus();
  }, []);

  // Members in articles that are not open are looked up in the analyst's whole tag set.
  useEffect(() => {
    if (missing) void actions.loadOwn();
  }, [missing, actions]);

  const remove = (id: string) => (editing ? setMembers((m) => m.filter((x) => x !== id)) : actions.unpick(id));
  const submit = async () => {
    setTried(true);
    if (problems.length > 0 || saving) return;
    setSaving(true);
    const ok = editing ? await actions.updateLink(link.id, { label, kind, note, members }) : await actions.createLink({ label, kind, note });
    if (!ok) setSaving(false);
  };
  const firstQuote = drafts[0]?.quote.replace(/\s+/g, ' ').trim() ?? '';
  const placeholder = firstQuote ? `Default: ${truncate(firstQuote, 50)}` : 'e.g. Fighters in Rafah';

  return (
    <Modal title={editing ? 'Edit link' : 'Link annotations'} onClose={actions.closeDialog} className="link-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset className="link-fieldset">
          <legend className="field-name">
            {ids.length} member{ids.length === 1 ? '' : 's'} from {new Set(drafts.map((d) => d.articleId)).size} article{new Set(drafts.map((d) => d.articleId)).size === 1 ? '' : 's'}
          </legend>
          <ul className="link-members">
            {ids.map((id) => {
              const a = lookupAnnotation(ws, cs, id);
              const removable = editing ? canRemoveMember(drafts, id) : true;
              const quote = a?.quote.exact ?? (missing ? 'Loading…' : 'This annotation no longer exists');
              return (
                <li key={id} className="link-member">
                  <div className="link-member-head">
                    <span className="link-member-outlet">{a ? outletOf(ws, a.articleId) : 'Unknown article'}</span>
                    {a && <CategoryChip category={a.category} />}
                  </div>
                  <p className="link-member-quote">{quote}</p>
                  <button
                    type="button"
                    className="icon-button small"
                    aria-label={`Remove “${quote}” from the link`}
                    title={removable ? 'Remove from the link' : 'A link needs two members from two articles: delete the link instead'}
                    disabled={!removable}
                    onClick={() => remove(id)}
                  >
                    <X aria-hidden="true" size={15} />
                  </button>
                </li>
              );
            })}
          </ul>
          {addable.length > 0 && (
            <button type="button" className="button" onClick={() => setMembers((m) => [...m, ...addable])}>
              <Plus aria-hidden="true" size={15} />
              Add {addable.length} picked annotation{addable.length === 1 ? '' : 's'}
            </button>
          )}
        </fieldset>

        <fieldset className="link-fieldset kind-choice">
          <legend className="field-name">Kind</legend>
          {LINK_KINDS.map((k) => (
            <label key={k} className={k === kind ? 'kind-option selected' : 'kind-option'}>
              <input type="radio" name="link-kind" value={k} checked={k === kind} onChange={() => setKind(k)} />
              <KindIcon kind={k} />
              <span className="kind-text">
                <span className="kind-name">{KIND_INFO[k].name}</span>
                <span className="kind-hint">{KIND_INFO[k].hint}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <label className="field">
          <span className="field-name">Label</span>
          <input ref={labelRef} value={label} maxLength={MAX_LABEL + 50} placeholder={placeholder} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <label className="field link-note">
          <span className="field-name">Note</span>
          <textarea value={note} rows={2} placeholder="Optional" onChange={(e) => setNote(e.target.value)} />
        </label>

        {tried && problems.length > 0 && (
          <ul id={problemId} className="field-problems" role="alert">
            {problems.map((p) => (
              <li key={p.message}>{p.message}</li>
            ))}
          </ul>
        )}

        <div className="modal-actions">
          {editing && (
            <button type="button" className="button danger" onClick={() => void actions.deleteLink(link.id)}>
              <Trash aria-hidden="true" size={15} />
              Delete link
            </button>
          )}
          <span className="modal-actions-gap" />
          <button type="button" className="button" onClick={actions.closeDialog}>
            Cancel
          </button>
          <button type="submit" className="button primary" aria-describedby={tried && problems.length ? problemId : undefined} disabled={saving}>
            {editing ? 'Save link' : KIND_INFO[kind].action}
          </button>
        </div>
      </form>
    </Modal>
  );
}
