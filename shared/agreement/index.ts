export { type Figure, figure, notComputable, meanOf, REASONS } from './figure';
export { type CohenKappa, cohensKappa, cohensKappaOfTable } from './cohen';
export { type FleissKappa, fleissKappa, fleissKappaOfRatings } from './fleiss';
export { type KrippendorffAlpha, krippendorffAlpha, krippendorffAlphaOfCounts } from './krippendorff';
export {
  type ContinuumUnit,
  type Continuum,
  type UnitizedAlpha,
  type UnitizedCategoryAlpha,
  type UnitizedStudy,
  segmentDistance,
  unitizedAlpha,
  unitizedStudy,
} from './unitized';
export {
  type SpanMatchMode,
  type SpanCounts,
  type SpanF1,
  type SpanKey,
  articleMatchCounts,
  f1OfCounts,
  addCounts,
  spanF1,
} from './span-f1';
export { type LinkAgreement, linkedPairs, linkedPairsByAnnotator, linkAgreement } from './links';
export { type AgreementInput, type ScopeFigures, type PairFigures, type AgreementReport, agreementReport } from './report';
export { type FigureName, FIGURE_HEADINGS, FIGURE_EXPLANATIONS } from './explain';
export { formatFigure, formatAgreementTable, agreementCsv } from './report-format';
