export {
  editedAnnotation,
  newAnnotation,
  ownAnnotation,
  replaceAnnotationInDraft,
  resolveLabel,
  sameSpan,
  type AnnotationEdit,
} from './annotations';
export {
  addLinkToDraft,
  checkLinkMembers,
  checkNotDuplicate,
  defaultLinkLabel,
  editLinkInDraft,
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
