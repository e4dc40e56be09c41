/**
 * The exported report's stylesheet, placed in a <style> element of the file
 * itself: the report is a standalone document the analyst opens or prints,
 * so it carries its look and loads nothing. Category colours match the
 * workspace (claim amber, framing violet, attribution teal).
 */
export const REPORT_CSS = `
:root {
  --ink: #1c1b19; --muted: #5c5a55; --faint: #8a867e; --rule: #e2dfd8; --paper: #ffffff; --tint: #f6f5f2;
  --accent: #1d3a6e; --danger: #9f1f14; --danger-soft: #fbeae8; --ok: #0b6b3a;
  --claim: #b45309; --claim-soft: #fdf0dc; --framing: #6d28d9; --framing-soft: #efe8fd; --attribution: #0f766e; --attribution-soft: #dcf3f0;
  --serif: Charter, 'Bitstream Charter', 'Iowan Old Style', 'Source Serif 4', Georgia, 'Noto Serif', 'DejaVu Serif', serif;
  --sans: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
}
* { box-sizing: border-box; }
html { background: var(--tint); }
body { max-width: 1080px; margin: 0 auto; padding: 48px 56px 64px; background: var(--paper); color: var(--ink);
  font: 15px/1.55 var(--sans); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1, h2, h3, h4 { margin: 0; line-height: 1.25; }
h2 { margin: 40px 0 14px; padding-bottom: 6px; border-bottom: 2px solid var(--ink); font-size: 13px; letter-spacing: 0.08em; text-transform: uppercase; }
a { color: var(--accent); }
.masthead { padding-bottom: 22px; border-bottom: 1px solid var(--rule); }
.kicker { margin: 0 0 6px; color: var(--accent); font-size: 12px; font-weight: 700; letter-spacing: 0.12em; text-transform: uppercase; }
.masthead h1 { font: 600 30px/1.2 var(--serif); }
.meta { display: flex; flex-wrap: wrap; gap: 8px 36px; margin: 18px 0 0; }
.meta dt { color: var(--faint); font-size: 11px; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; }
.meta dd { margin: 2px 0 0; font-weight: 600; }
table { width: 100%; border-collapse: collapse; font-size: 13.5px; }
th, td { padding: 7px 10px 7px 0; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
th { color: var(--muted); font-size: 11px; font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.url { color: var(--muted); font-size: 12px; word-break: break-all; }
.overview td:first-child { width: 2.5em; color: var(--faint); }
.link { margin: 0 0 34px; padding: 22px 0 0; border-top: 1px solid var(--rule); }
.link:first-of-type { border-top: 0; padding-top: 0; }
.link-head { display: flex; align-items: baseline; gap: 12px; }
.link-num { flex: none; min-width: 28px; color: var(--faint); font: 600 20px/1 var(--serif); }
.link h3 { font: 600 21px/1.3 var(--serif); }
.link-meta { margin: 6px 0 0 40px; color: var(--muted); font-size: 13px; }
.link-note { margin: 10px 0 0 40px; padding: 8px 12px; border-left: 3px solid var(--rule); color: var(--muted); font-style: italic; }
.badges { display: flex; flex-wrap: wrap; gap: 8px; margin: 14px 0 0 40px; padding: 0; list-style: none; }
.badge { padding: 5px 10px; border: 1px solid #f1c6c0; border-radius: 4px; background: var(--danger-soft); color: var(--danger); font-size: 13px; }
.badge strong { margin-right: 6px; }
.badge.none { border-color: #bfe0cd; background: #e8f5ee; color: var(--ok); }
.actors { margin: 10px 0 0 40px; color: var(--muted); font-size: 13px; }
.members { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 0; margin: 16px 0 0 40px;
  border: 1px solid var(--rule); border-radius: 6px; }
.member { padding: 14px 16px 16px; border-left: 1px solid var(--rule); break-inside: avoid; }
.member:first-child { border-left: 0; }
.member h4 { font-size: 14px; }
.member .headline { margin: 2px 0 10px; color: var(--muted); font-size: 12px; }
.context { margin: 0; font: 15.5px/1.6 var(--serif); }
mark { padding: 1px 2px; border-radius: 2px; background: var(--claim-soft); color: inherit; box-shadow: inset 0 -2px 0 var(--claim); }
mark.framing { background: var(--framing-soft); box-shadow: inset 0 -2px 0 var(--framing); }
mark.attribution { background: var(--attribution-soft); box-shadow: inset 0 -2px 0 var(--attribution); }
.member-note { margin: 10px 0 0; color: var(--muted); font-size: 13px; font-style: italic; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 10px; margin: 12px 0 0; font-size: 12.5px; }
.facts dt { color: var(--faint); font-weight: 600; }
.facts dd { margin: 0; }
.wording { margin: 12px 0 0; padding-top: 10px; border-top: 1px dashed var(--rule); font-size: 12.5px; }
.wording .caption { display: block; margin-bottom: 2px; color: var(--faint); font-weight: 600; }
ins { background: #e3f4e8; color: #0b5d30; text-decoration: none; }
del { background: #fbe7e5; color: #8f1c12; }
ins + del, del + ins { margin-left: 0.3em; }
.terms { margin-top: 14px; }
.terms caption { text-align: left; font-size: 12.5px; color: var(--faint); font-weight: 600; padding-bottom: 4px; }
.terms .zero { color: var(--faint); }
.coverage td, .coverage th { text-align: center; }
.coverage td:first-child, .coverage th:first-child { text-align: left; }
.coverage .yes { color: var(--ok); font-weight: 700; }
.coverage .no { color: var(--faint); }
.coverage tfoot td { border-bottom: 0; font-weight: 600; }
.legend { margin: 8px 0 0; color: var(--faint); font-size: 12px; }
.annotations th:nth-child(1) { width: 16%; }
.annotations th:nth-child(2) { width: 17%; }
.annotations th:nth-child(3) { width: 37%; }
.cat { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 11.5px; font-weight: 600; white-space: nowrap; }
.cat.claim { background: var(--claim-soft); color: #92400e; }
.cat.framing { background: var(--framing-soft); color: #5b21b6; }
.cat.attribution { background: var(--attribution-soft); color: #115e59; }
.quote { font-family: var(--serif); }
.empty { color: var(--muted); font-style: italic; }
footer { margin-top: 48px; padding-top: 12px; border-top: 1px solid var(--rule); color: var(--faint); font-size: 12px; }
@media print {
  html { background: none; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; }
  .link-head, .badges { break-after: avoid; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
@page { size: A4; margin: 16mm 14mm; }
`;
