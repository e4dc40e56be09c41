export {
  editedAnnotation,
  newAnnotation,
  ownAnnotation,
  replaceAnnotationInDraft,
  resolveLabel,
  restoreIntoDraft,
  sameSpan,
  type AnnotationEdit,
} from './annotations';
export {
  addLinkToDraft,
  checkLinkMembers,
  checkNotDuplicate,
  defaultLinkLabel,
  editLinkInDraft,
  findLink,
  linkStillValid,
  ownLink,
  removeAnnotationFromDraft,
  removeLinkFromDraft,
  type LinkEdit,
  type NewLinkFields,
  type RemovalEffect,
} from './links';
export { acceptSuggestionInDraft, type AcceptFields } from './suggestions';
export { untaggedHits } from './terms';
export { adoptIntoDraft, adoptedCopy, curateInDraft, type CurationFields } from './adopt';
export { mergeVerdict, tagSetTime, type MergeVerdict } from './merge';
