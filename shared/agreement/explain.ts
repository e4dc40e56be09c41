/** The figures a report shows, by the name the report uses. */
export type FigureName =
  | 'cohensKappa'
  | 'fleissKappa'
  | 'krippendorffAlpha'
  | 'unitizedAlpha'
  | 'spanF1Exact'
  | 'spanF1Overlap'
  | 'linkF1';

/** Short column headings for tables. */
export const FIGURE_HEADINGS: Record<FigureName, string> = {
  cohensKappa: "Cohen's κ",
  fleissKappa: "Fleiss' κ",
  krippendorffAlpha: "Krippendorff's α",
  unitizedAlpha: 'αu',
  spanF1Exact: 'F1 exact',
  spanF1Overlap: 'F1 overlap',
  linkF1: 'Link F1',
};

/** One line per figure, in plain words, for a tooltip or a legend under a table. */
export const FIGURE_EXPLANATIONS: Record<FigureName, string> = {
  cohensKappa:
    "Cohen's κ: agreement between two annotators on the category of each matched span (a span only one tagged counts as \"none\" for the other), corrected for chance; 1 = perfect, 0 = chance.",
  fleissKappa:
    "Fleiss' κ: the same question for all chosen annotators at once, with chance taken from everyone's pooled use of the categories; 1 = perfect, 0 = chance.",
  krippendorffAlpha:
    "Krippendorff's α: agreement of all chosen annotators on the category of each matched span, corrected for chance, tolerant of missing codings; 1 = perfect, 0 = chance, 0.8 and above is usually taken as reliable.",
  unitizedAlpha:
    'αu: agreement on which characters were tagged and as what, so different span boundaries count against it (Krippendorff\u2019s unitizing α, as INCEpTION/DKPro compute it); 1 = perfect, 0 = chance.',
  spanF1Exact:
    'F1 exact: share of spans the other annotator tagged with exactly the same start, end and category; 1 = every span identical, 0 = none.',
  spanF1Overlap:
    'F1 overlap: share of spans the other annotator tagged with the same category over at least one shared character; 1 = every span found, 0 = none.',
  linkF1:
    'Link F1: share of linked span pairs across articles that the other annotator also linked (both ends matched spans of the same category); 1 = same links, 0 = none shared.',
};
